package org.fazhi.disclosure.publication;

/** Where a publication stands: waiting for the legal office, on the portal, taken down with a reason, or past its period. */
enum PublicationState {
    /** 待公示. */ PENDING,
    /** 已公示. */ PUBLISHED,
    /** 已撤回: the decision was changed or revoked; the reason is shown publicly. */ WITHDRAWN,
    /** 已到期: past its publication period, off the portal. */ EXPIRED
}
