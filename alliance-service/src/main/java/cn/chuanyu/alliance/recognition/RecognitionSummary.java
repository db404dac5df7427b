package cn.chuanyu.alliance.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Recognitions of one year from one issuing zone by one recognising zone: counts only, no names. */
@Schema(example = """
        {"year": 2021, "issuingZone": "chengdu", "issuingZoneName": "成都高新区", "recognisingZone": "chongqing",
         "recognisingZoneName": "重庆高新区", "inForce": 3, "revoked": 0}""")
public record RecognitionSummary(
        int year,
        String issuingZone,
        String issuingZoneName,
        String recognisingZone,
        String recognisingZoneName,

        @Schema(description = "recognised that year and not revoked")
        long inForce,

        @Schema(description = "recognised that year and revoked since")
        long revoked) {}
