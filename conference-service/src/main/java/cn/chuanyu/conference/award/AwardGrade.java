package cn.chuanyu.conference.award;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Grades of the excellent-paper award, highest first. */
@Schema(
        description = "Grade of an excellent-paper award, highest first: 特等奖, 一等奖, 二等奖, 三等奖",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"SPECIAL": "特等奖", "FIRST": "一等奖", "SECOND": "二等奖", "THIRD": "三等奖"},
                 "en": {"SPECIAL": "Special prize", "FIRST": "First prize", "SECOND": "Second prize",
                        "THIRD": "Third prize"}}"""))
public enum AwardGrade {
    /** 特等奖 */
    SPECIAL,
    /** 一等奖 */
    FIRST,
    /** 二等奖 */
    SECOND,
    /** 三等奖 */
    THIRD
}
