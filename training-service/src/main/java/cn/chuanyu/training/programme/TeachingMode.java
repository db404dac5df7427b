package cn.chuanyu.training.programme;

/** How a programme is taught: 线上, 线下, or both (线上+线下). */
public enum TeachingMode {
    ONLINE,
    OFFLINE,
    BLENDED
}
