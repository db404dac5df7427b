package cn.chuanyu.training.registry;

/** The two sides of the programme: 四川 and 重庆. */
public enum Region {
    SICHUAN,
    CHONGQING
}
