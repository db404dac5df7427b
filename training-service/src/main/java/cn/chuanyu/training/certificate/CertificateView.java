package cn.chuanyu.training.certificate;

import cn.chuanyu.training.programme.BrokerLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate as its holder and administrators see it, with the signed credential to share. */
public record CertificateView(
        UUID id,
        String number,

        @Schema(description = "printed on the certificate; a verifier needs it with the number")
        String verificationCode,

        CertificateStatus status,
        String holderSubject,
        String holderName,
        UUID enrolmentId,
        UUID programmeId,
        String programmeName,
        BrokerLevel level,
        String issuer,
        LocalDate issuedOn,
        @Schema(description = "the last day it is valid") LocalDate expiresOn,
        Instant revokedAt,
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
