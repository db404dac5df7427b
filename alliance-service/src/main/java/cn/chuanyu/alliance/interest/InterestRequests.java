package cn.chuanyu.alliance.interest;

import cn.chuanyu.web.json.MultiLine;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of an interest's steps. */
public final class InterestRequests {

    private static final String VERSION =
            "the version read; when given, an interest changed since is not changed (409)";
    private static final String NOTE = "a note recorded with the step; may span lines; absent: none";

    private InterestRequests() {}

    @Schema(
            description = "An expression of interest in exactly one of a published board item (boardItemId) and an "
                    + "active technology offer (offerId), with the contact details the owning side may use",
            example = """
            {"boardItemId": "5b0e8a52-3f7e-4c1a-9d53-1f0c2a7e6b10", "offerId": null, "organisation": "重庆易智网公司",
             "contactName": "刘经理", "contactEmail": "liu@yizhi.example", "contactPhone": "023-68000000",
             "message": "我公司在动力电池回收检测方面有成熟设备，希望与贵区企业对接。", "contactConsent": true}""")
    public record Express(
            @Schema(description = "the id of a published board item (demand, resource or project)", nullable = true)
            UUID boardItemId,

            @Schema(description = "the id of an active technology offer", nullable = true)
            UUID offerId,

            @Schema(description = "the organisation you act for, one line") @NotBlank @Size(max = 200)
            String organisation,

            @Schema(description = "whom to contact, one line") @NotBlank @Size(max = 100)
            String contactName,

            @Schema(description = "e-mail to contact; at least one of e-mail and phone", nullable = true)
            @Email
            @Size(max = 254)
            String contactEmail,

            @Schema(
                    description = "phone to contact: 5 to 30 digits, spaces, +, -, parentheses; at least one of "
                            + "e-mail and phone",
                    nullable = true,
                    maxLength = 30)
            @Pattern(regexp = "[0-9+() -]{5,30}", message = "{cn.chuanyu.alliance.phone}")
            String contactPhone,

            @Schema(description = "what you bring or seek; may span lines") @NotBlank @Size(max = 2000) @MultiLine
            String message,

            @Schema(
                    description = "must be true: you consent that the owning side (and the secretariat) see your "
                            + "contact details to get in touch")
            @NotNull
            @AssertTrue(message = "{cn.chuanyu.alliance.contact-consent}")
            Boolean contactConsent) {}

    @Schema(description = "An acceptance; both fields are optional (send {} for none)", example = """
            {"version": 0, "note": "欢迎对接，请与李主任联系"}""")
    public record Accept(
            @Schema(description = VERSION, nullable = true) Long version,

            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note) {}

    @Schema(description = "A declination with its reason; OTHER needs a note", example = """
            {"version": 0, "reason": "TOO_EARLY", "note": "需求仍在论证，明年再议"}""")
    public record Decline(
            @Schema(description = VERSION, nullable = true) Long version,
            @Schema(description = "why") @NotNull DeclineReason reason,

            @Schema(description = NOTE + "; required when the reason is OTHER", nullable = true)
            @Size(max = 2000)
            @MultiLine
            String note) {}

    @Schema(
            description = "An introduction of the parties through a broker certified today on the alliance's roster",
            example = """
            {"version": 1, "brokerCertificateNumber": "NTTB-2020-000001", "note": "由技术经纪人组织双方首次会谈"}""")
    public record Introduce(
            @Schema(description = VERSION, nullable = true) Long version,

            @Schema(description = "the broker's certificate number (see the certified brokers)")
            @NotBlank
            @Size(max = 50)
            String brokerCertificateNumber,

            @Schema(description = NOTE, nullable = true) @Size(max = 2000) @MultiLine
            String note) {}

    @Schema(description = "A withdrawal by the expresser; send {} or the version read", example = """
            {"version": 0}""")
    public record Withdraw(
            @Schema(description = VERSION, nullable = true) Long version) {}
}
