package cn.chuanyu.alliance.matching;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well an offer and a demand fit: each shared keyword counts 2, each shared category (the offer's disciplines or
 * the demand's industries) 1, and each keyword of one found in the other's text 1.
 */
@Schema(
        description = "A suggestion and how well it fits: each shared keyword counts 2, each shared category (an "
                + "offer's disciplines, a demand's industries) 1, each keyword of one side found in the other's text 1")
public record Match(
        @Schema(
                description = "the suggestion's id: a board item's id (a demand) when matching demands for an offer, "
                        + "a technology offer's id when matching offers for a demand")
        UUID id,

        @Schema(description = "the suggestion's title") String title,

        @Schema(
                description = "a demand's zone code, or an offer's institution; null for an offer without one",
                nullable = true)
        String zoneOrInstitution,

        @Schema(description = "the score, at least 1; higher fits better")
        int score,

        @Schema(description = "keywords both sides have, in the asking side's order")
        List<String> sharedKeywords,

        @Schema(description = "categories both sides have, in the asking side's order")
        List<String> sharedCategories) {}
