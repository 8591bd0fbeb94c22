package org.fazhi.registry.certificate;

/** The status recorded by a decision; expiry is not recorded but follows from the dates (see {@link Standing}). */
public enum CertificateStatus {
    VALID, SUSPENDED, REVOKED
}
