package cn.chuanyu.alliance.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recognition as the alliance's officers see it (names included: not public). */
public record TitleRecognitionView(
        UUID id,
        String personName,
        String title,
        String series,
        TitleLevel level,

        @Schema(description = "the level in Chinese, e.g. 副高级")
        String levelName,

        String issuingZone,
        String issuingAuthority,
        LocalDate obtainedOn,
        String recognisingZone,
        LocalDate recognisedOn,
        String referenceNumber,
        RecognitionStatus status,
        String recordedBy,
        Instant recordedAt,
        String revokedBy,
        Instant revokedAt,
        String revocationReason,
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
