package cn.chuanyu.conference.intent;

/** Kinds of partner an intent looks for: 高校, 科研院所, 企业, 高新区. */
public enum PartnerType {
    UNIVERSITY,
    INSTITUTE,
    ENTERPRISE,
    ZONE
}
