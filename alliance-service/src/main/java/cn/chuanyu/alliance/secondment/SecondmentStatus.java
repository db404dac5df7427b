package cn.chuanyu.alliance.secondment;

/**
 * PROPOSED by the home zone, then ACCEPTED or DECLINED by the host zone, or CANCELLED by the home zone before it
 * starts. Whether an accepted secondment is under way follows from its dates.
 */
public enum SecondmentStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    CANCELLED
}
