package cn.chuanyu.training.certificate;

import cn.chuanyu.training.programme.BrokerLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate as its holder and administrators see it, with the signed credential to share. */
@Schema(description = "A certificate of completion (结业证书) as its holder and administrators see it")
public record CertificateView(
        @Schema(description = "the certificate's id") UUID id,

        @Schema(
                description = "the printed number: NTTB-<year of issue>-<6-digit sequence of that year>",
                example = "NTTB-2020-000001")
        String number,

        @Schema(
                description = "printed on the certificate; a verifier needs it with the number. 8 characters of "
                        + "23456789ABCDEFGHJKMNPQRSTUVWXYZ (no 0/O, 1/I/L)",
                example = "7K3M9QXP")
        String verificationCode,

        @Schema(description = "its status today (Asia/Shanghai)")
        CertificateStatus status,

        @Schema(description = "the holder's account (token subject name)", example = "zhangsan")
        String holderSubject,

        @Schema(description = "the holder's name as printed", example = "张三")
        String holderName,

        @Schema(description = "the holder's enrolment (GET /api/training/enrolments/{id})")
        UUID enrolmentId,

        @Schema(description = "the programme completed (GET /api/training/programmes/{id})")
        UUID programmeId,

        @Schema(description = "the programme's name as printed", example = "2020年成渝地区双城经济圈初级技术经纪人培训班")
        String programmeName,

        @Schema(description = "the broker grade certified") BrokerLevel level,

        @Schema(description = "the issuer as printed", example = Certificate.ISSUER)
        String issuer,

        @Schema(description = "the day of issue (Asia/Shanghai)")
        LocalDate issuedOn,

        @Schema(description = "the last day it is valid (Asia/Shanghai)")
        LocalDate expiresOn,

        @Schema(nullable = true, description = "when it was revoked (UTC); null unless REVOKED")
        Instant revokedAt,

        @Schema(nullable = true, description = "why it was revoked; null unless REVOKED", example = "经核查，持证人考试成绩存在舞弊行为")
        String revocationReason,

        @Schema(
                description = "Open Badges 3.0 credential as a compact JWS (EdDSA), verifiable offline with the JWKS "
                        + "of /api/training/certificate-keys")
        String credential) {

    static CertificateView of(Certificate c, LocalDate today) {
        return new CertificateView(
                c.id,
                c.number,
                c.verificationCode,
                c.statusOn(today),
                c.holderSubject,
                c.holderName,
                c.enrolmentId,
                c.programmeId,
                c.programmeName,
                c.level,
                c.issuer,
                c.issuedOn,
                c.expiresOn,
                c.revokedAt,
                c.revocationReason,
                c.credential);
    }
}
