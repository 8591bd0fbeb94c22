package org.fazhi.governance.ledger;

import java.util.EnumSet;
import java.util.Set;

import org.fazhi.registry.agency.AgencyKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which bodies of the registry should have a legal adviser ({@code fazhi.governance.legal-advisers.required-kinds}):
 * the denominator of 法律顾问覆盖率. By default the county's departments and its townships (each township stands in
 * the registry as its 综合行政执法大队): the 党政机关 and 镇（街道） the county reports on ("全县8个镇(街道)、25个党政机关法律顾问
 * 全覆盖", seed 001). Entrusted and authorised organisations are not 党政机关; a county that counts them adds their
 * kinds. An unknown kind fails the start with the valid ones listed; an empty list fails it too.
 */
@ConfigurationProperties("fazhi.governance.legal-advisers")
public record LegalAdviserProperties(
        @DefaultValue({"COUNTY_DEPARTMENT", "TOWNSHIP_TEAM"}) Set<AgencyKind> requiredKinds) {

    public LegalAdviserProperties {
        if (requiredKinds.isEmpty()) {
            throw new IllegalArgumentException("fazhi.governance.legal-advisers.required-kinds 不能为空：请列出应配备法律顾问"
                    + "的单位类型，可选 " + EnumSet.allOf(AgencyKind.class) + "（默认 COUNTY_DEPARTMENT,TOWNSHIP_TEAM）");
        }
        requiredKinds = Set.copyOf(requiredKinds);
    }
}
