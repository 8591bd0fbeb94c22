package org.fazhi.registry.officer;

/** 在岗 or gone: only an officer on duty may act. */
public enum OfficerStatus {
    ACTIVE, TRANSFERRED, RETIRED, DISMISSED
}
