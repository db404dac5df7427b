package cn.chuanyu.alliance.recognition;

/** The level of a professional title (职称级别), from 正高级 down to 员级. */
public enum TitleLevel {
    FULL_SENIOR("正高级"),
    DEPUTY_SENIOR("副高级"),
    INTERMEDIATE("中级"),
    ASSISTANT("助理级"),
    JUNIOR("员级");

    public final String chinese;

    TitleLevel(String chinese) {
        this.chinese = chinese;
    }
}
