package cn.chuanyu.alliance.secondment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accepted secondments of one year (by first day) from one zone to another: counts only, no names. */
@Schema(
        description = "Accepted secondments of one year (of their first day) from one zone to another, without names",
        example = """
        {"year": 2021, "homeZone": "chengdu", "homeZoneName": "成都高新区", "hostZone": "chongqing",
         "hostZoneName": "重庆高新区", "cadres": 1, "technicalStaff": 1, "total": 2}""")
public record SecondmentSummary(
        @Schema(description = "the year of their first day") int year,
        @Schema(description = "the sending zone's code") String homeZone,
        @Schema(description = "the sending zone's name") String homeZoneName,
        @Schema(description = "the receiving zone's code") String hostZone,
        @Schema(description = "the receiving zone's name") String hostZoneName,
        @Schema(description = "cadres seconded") long cadres,
        @Schema(description = "technical staff seconded") long technicalStaff,
        @Schema(description = "cadres and technical staff") long total) {}
