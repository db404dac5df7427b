package cn.chuanyu.conference.intent;

public enum IntentStatus {
    PUBLISHED,
    WITHDRAWN
}
