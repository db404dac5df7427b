package cn.chuanyu.training.attendance;

/** How a trainee attended a session: 线上 or 线下 (an offline session may be followed online). */
public enum AttendanceMode {
    ONLINE,
    OFFLINE
}
