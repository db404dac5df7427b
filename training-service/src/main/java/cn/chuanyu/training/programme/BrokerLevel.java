package cn.chuanyu.training.programme;

/** The technology-broker (技术经纪人) grade a programme trains for. */
public enum BrokerLevel {
    /** 初级 */
    PRIMARY,
    /** 中级 */
    INTERMEDIATE,
    /** 高级 */
    ADVANCED
}
