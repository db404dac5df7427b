package cn.chuanyu.conference.intent;

/** Whether a researcher offers something (e.g. a result to commercialise) or seeks it. */
public enum IntentKind {
    OFFER,
    SEEK
}
