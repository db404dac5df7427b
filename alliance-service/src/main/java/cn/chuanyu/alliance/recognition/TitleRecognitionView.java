package cn.chuanyu.alliance.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recognition as the alliance's officers see it (names included: not public). */
@Schema(description = "A title recognition (职称互认) as the alliance's officers see it, names included")
public record TitleRecognitionView(
        @Schema(description = "the recognition's id") UUID id,
        @Schema(description = "the title holder's name") String personName,
        @Schema(description = "the title, e.g. 高级工程师") String title,
        @Schema(description = "the title series, e.g. 工程技术") String series,
        @Schema(description = "the title's level") TitleLevel level,

        @Schema(description = "the level in Chinese, e.g. 副高级")
        String levelName,

        @Schema(description = "code of the zone where the title was obtained")
        String issuingZone,

        @Schema(description = "who conferred the title") String issuingAuthority,

        @Schema(description = "when the title was obtained; null when not known", nullable = true)
        LocalDate obtainedOn,

        @Schema(description = "code of the recognising zone")
        String recognisingZone,

        @Schema(description = "the day of recognition") LocalDate recognisedOn,

        @Schema(description = "the recognising zone's reference (文号), unique within that zone")
        String referenceNumber,

        @Schema(description = "in force or revoked") RecognitionStatus status,
        @Schema(description = "who recorded it (user name)") String recordedBy,
        @Schema(description = "when it was recorded") Instant recordedAt,

        @Schema(description = "who revoked it; null while in force", nullable = true)
        String revokedBy,

        @Schema(description = "when it was revoked; null while in force", nullable = true)
        Instant revokedAt,

        @Schema(description = "why it was revoked; null while in force", nullable = true)
        String revocationReason,

        @Schema(description = "the version, to send with a revocation")
        long version) {

    static TitleRecognitionView of(TitleRecognition r) {
        return new TitleRecognitionView(
                r.id,
                r.personName,
                r.title,
                r.series,
                r.level,
                r.level.chinese,
                r.issuingZone,
                r.issuingAuthority,
                r.obtainedOn,
                r.recognisingZone,
                r.recognisedOn,
                r.referenceNumber,
                r.status,
                r.recordedBy,
                r.recordedAt,
                r.revokedBy,
                r.revokedAt,
                r.revocationReason,
                r.version);
    }
}
