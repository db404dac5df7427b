package cn.chuanyu.conference.paper;

/** A paper's life: editable by its submitter only while SUBMITTED; review locks it; a decision ends it. */
public enum PaperStatus {
    SUBMITTED,
    UNDER_REVIEW,
    ACCEPTED,
    REJECTED
}
