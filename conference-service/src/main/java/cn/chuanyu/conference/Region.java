package cn.chuanyu.conference;

/** Where an author, institution or sought partner is: the programme counts Sichuan–Chongqing ties. */
public enum Region {
    /** 四川 */
    SICHUAN,
    /** 重庆 */
    CHONGQING,
    /** anywhere else */
    OTHER
}
