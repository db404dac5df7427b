package cn.chuanyu.training.course;

/** How one course is taught: 线上 or 线下. */
public enum CourseMode {
    ONLINE,
    OFFLINE
}
