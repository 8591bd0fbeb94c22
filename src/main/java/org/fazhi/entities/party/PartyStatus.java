package org.fazhi.entities.party;

/** 登记状态: 存续, 停业, 注销, 吊销. */
public enum PartyStatus {
    OPERATING, SUSPENDED, CANCELLED, REVOKED
}
