package cn.chuanyu.training.enrolment;

/** Where a trainee stands in a programme. */
public enum EnrolmentStatus {
    /** has a place (报名成功) */
    ENROLLED,
    /** on the waiting list, in order of request, for a freed place */
    WAITLISTED,
    /** left the programme or the waiting list */
    WITHDRAWN
}
