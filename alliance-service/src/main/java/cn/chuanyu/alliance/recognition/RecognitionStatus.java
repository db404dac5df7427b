package cn.chuanyu.alliance.recognition;

/** A recognition is in force once recorded, until the recognising zone revokes it. */
public enum RecognitionStatus {
    RECOGNISED,
    REVOKED
}
