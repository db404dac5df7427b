package cn.chuanyu.conference.award;

/** Grades of the excellent-paper award, highest first. */
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
