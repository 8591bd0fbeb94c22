package org.fazhi.registry.agency;

/** 存续状态 of an agency: only an active agency's officers may enforce. */
public enum AgencyStatus {
    ACTIVE, SUSPENDED, DISSOLVED
}
