package cn.chuanyu.alliance.offer;

public enum OfferStatus {
    ACTIVE,
    WITHDRAWN
}
