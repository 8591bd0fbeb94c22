package org.fazhi.registry.certificate;

/** 「两证」: the enforcement certificate and the enforcement-supervision certificate. */
public enum CertificateKind {
    /** 行政执法证. */
    ENFORCEMENT,
    /** 行政执法监督证. */
    SUPERVISION
}
