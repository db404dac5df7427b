package cn.chuanyu.alliance.matching;

import java.util.List;
import java.util.UUID;

/**
 * How well an offer and a demand fit: each shared keyword counts 2, each shared category (the offer's disciplines or
 * the demand's industries) 1, and each keyword of one found in the other's text 1.
 */
public record Match(
        UUID id,
        String title,
        String zoneOrInstitution,
        int score,
        List<String> sharedKeywords,
        List<String> sharedCategories) {}
