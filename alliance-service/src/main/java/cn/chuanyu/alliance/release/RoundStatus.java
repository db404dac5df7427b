package cn.chuanyu.alliance.release;

/** A collection round is open for submissions, then closed, then published as a release (once, for good). */
public enum RoundStatus {
    OPEN,
    CLOSED,
    PUBLISHED
}
