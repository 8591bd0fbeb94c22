package org.fazhi.registry.agency;

import org.springframework.modulith.NamedInterface;

/**
 * What kind of body an enforcement agency (执法主体) is; it decides where its powers come from. Other modules name
 * kinds through the named interface {@code registry :: agency-kind}, e.g. in their settings
 * ({@code fazhi.governance.legal-advisers.required-kinds}) and to ask {@code AgencyDirectory.ofKinds}.
 */
@NamedInterface("agency-kind")
public enum AgencyKind {
    /** 县直部门: a county government department enforcing in its own name. */
    COUNTY_DEPARTMENT,
    /** 乡镇综合行政执法大队: the one team exercising a township's delegated powers. */
    TOWNSHIP_TEAM,
    /** 受委托组织: acts in the name of the agency that entrusted it. */
    ENTRUSTED_ORGANISATION,
    /** 法律法规授权组织: empowered directly by a law or regulation. */
    AUTHORISED_ORGANISATION
}
