package org.fazhi.registry.certificate;

/** What a certificate is worth on a given day: its recorded status, or expired, or not yet in force. */
public enum Standing {
    VALID, SUSPENDED, REVOKED, EXPIRED, NOT_YET_VALID;

    public boolean isValid() {
        return this == VALID;
    }
}
