package cn.chuanyu.alliance.secondment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accepted secondments of one year (by first day) from one zone to another: counts only, no names. */
@Schema(example = """
        {"year": 2021, "homeZone": "chengdu", "homeZoneName": "成都高新区", "hostZone": "chongqing",
         "hostZoneName": "重庆高新区", "cadres": 1, "technicalStaff": 1, "total": 2}""")
public record SecondmentSummary(
        int year,
        String homeZone,
        String homeZoneName,
        String hostZone,
        String hostZoneName,
        long cadres,
        long technicalStaff,
        long total) {}
