package cn.chuanyu.conference.review;

public enum Recommendation {
    ACCEPT,
    MINOR_REVISION,
    MAJOR_REVISION,
    REJECT
}
