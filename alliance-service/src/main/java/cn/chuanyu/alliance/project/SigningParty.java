package cn.chuanyu.alliance.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party to a signed project's agreement, e.g. a zone's management committee or a university (request and store). */
@Schema(description = "A party to the agreement, e.g. a zone's management committee or a university")
public record SigningParty(
        @Schema(description = "the party's name, one line; each party once, e.g. 成都高新区管委会") @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "the party's zone code, if it is a zone's; its zone becomes a partner", nullable = true)
        @Size(max = 30)
        String zone) {}
