package cn.chuanyu.alliance.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A party to a signed project's agreement, e.g. a zone's management committee or a university. */
public record SigningParty(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) String zone) {}
