package cn.chuanyu.alliance.zone;

/** The province-level region a zone lies in: 四川 or 重庆. */
public enum ZoneRegion {
    SICHUAN,
    CHONGQING
}
