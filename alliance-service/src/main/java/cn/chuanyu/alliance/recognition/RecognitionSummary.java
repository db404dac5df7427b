package cn.chuanyu.alliance.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Recognitions of one year from one issuing zone by one recognising zone: counts only, no names. */
@Schema(
        description = "Recognitions of one year from one issuing zone by one recognising zone, without names",
        example = """
        {"year": 2021, "issuingZone": "chengdu", "issuingZoneName": "成都高新区", "recognisingZone": "chongqing",
         "recognisingZoneName": "重庆高新区", "inForce": 3, "revoked": 0}""")
public record RecognitionSummary(
        @Schema(description = "the year of recognition") int year,

        @Schema(description = "code of the zone where the titles were obtained")
        String issuingZone,

        @Schema(description = "name of that zone") String issuingZoneName,

        @Schema(description = "code of the recognising zone")
        String recognisingZone,

        @Schema(description = "name of the recognising zone")
        String recognisingZoneName,

        @Schema(description = "recognised that year and not revoked")
        long inForce,

        @Schema(description = "recognised that year and revoked since")
        long revoked) {}
