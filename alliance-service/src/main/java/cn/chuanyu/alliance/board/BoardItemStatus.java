package cn.chuanyu.alliance.board;

/** Draft → published → withdrawn; a published item past its validity is shown as EXPIRED. */
public enum BoardItemStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN,
    EXPIRED
}
