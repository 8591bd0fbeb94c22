package org.fazhi.identity;

/**
 * What a user does in Fazhi (design.md §1). Agency roles are confined to their own agency's records; the others
 * see their whole region.
 */
public enum Role {
    /** 系统管理员: accounts, roles, reference data. */
    ADMIN,
    /** 司法局执法监督人员: sees everything in the region; supervision. */
    SUPERVISOR,
    /** 执法主体法制机构: manages its own agency's officers, items and plans. */
    AGENCY_ADMIN,
    /** 执法人员: works inside its own agency, only with a valid certificate. */
    OFFICER,
    /** 行政复议机构人员. */
    RECONSIDERATION,
    /** 县领导: read-only dashboards and reports. */
    LEADER,
    /** 企业: verifies visits, rates them, sees its own history. */
    ENTERPRISE;

    public boolean isAgencyScoped() {
        return this == AGENCY_ADMIN || this == OFFICER;
    }

    /** An enterprise account speaks for one regulated party (行政相对人) and sees only that party's records. */
    public boolean speaksForAParty() {
        return this == ENTERPRISE;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
