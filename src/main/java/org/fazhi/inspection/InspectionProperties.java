package org.fazhi.inspection;

import java.math.BigDecimal;
import java.time.MonthDay;

import org.fazhi.inspection.frequency.FrequencyRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inspection rules a county sets (legal-rules.md, "Inspections"): defaults for new plans, which a plan may
 * change.
 *
 * @param ratioA              share of grade-A parties drawn (信用+双随机: the most trusted are inspected least)
 * @param ratioB              grade B
 * @param ratioC              grade C
 * @param ratioD              grade D (the least trusted, inspected most)
 * @param ratioUnrated        parties without a grade
 * @param capPerInspector     tasks one inspector may be given in one draw; 0 for no cap
 * @param avoidResidence      an officer does not inspect parties in the township where he or she lives
 * @param publicationWorkingDays results are published within this many working days of the inspection's end
 * @param capPerAgency        inspections of one enterprise by one agency in a calendar year (the county publishes it)
 * @param capAcrossAgencies   inspections of one enterprise by all agencies together in a calendar year
 * @param countCaseInspections whether cause-based inspections (个案检查) count toward the caps
 * @param countHigherLevelSpecial whether special inspections ordered from above count toward the caps
 * @param repeatWindowDays    a second inspection within this many days is warned of (cause-based ones excluded)
 * @param overCap             what happens to an inspection over a cap: REFUSE, or ESCALATE to the justice bureau
 * @param legalOfficeFirst    the agency's legal office approves before the agency head (入企层层审批)
 * @param bureauApprovesFiveAbove inspections of 五上企业 also need the justice bureau's approval
 * @param mergeWindowDays     two agencies' visits to one party this close are proposed as one joint visit
 * @param farCheckInMetres    a located check-in farther than this (plus the phone's reported accuracy) from the
 *                            party's registered address is flagged for the supervisors (亮码即定位)
 * @param planFilingDue       each agency files its annual inspection plan with the justice bureau by this day of
 *                            the plan's year (年度检查计划备案)
 */
@ConfigurationProperties("fazhi.inspection")
public record InspectionProperties(
        @DefaultValue("0.03") BigDecimal ratioA,
        @DefaultValue("0.05") BigDecimal ratioB,
        @DefaultValue("0.10") BigDecimal ratioC,
        @DefaultValue("0.30") BigDecimal ratioD,
        @DefaultValue("0.05") BigDecimal ratioUnrated,
        @DefaultValue("20") int capPerInspector,
        @DefaultValue("true") boolean avoidResidence,
        @DefaultValue("20") int publicationWorkingDays,
        @DefaultValue("2") int capPerAgency,
        @DefaultValue("4") int capAcrossAgencies,
        @DefaultValue("false") boolean countCaseInspections,
        @DefaultValue("true") boolean countHigherLevelSpecial,
        @DefaultValue("60") int repeatWindowDays,
        @DefaultValue("ESCALATE") FrequencyRules.OverCap overCap,
        @DefaultValue("false") boolean legalOfficeFirst,
        @DefaultValue("true") boolean bureauApprovesFiveAbove,
        @DefaultValue("15") int mergeWindowDays,
        @DefaultValue("1000") int farCheckInMetres,
        @DefaultValue("--03-31") MonthDay planFilingDue) {

    public FrequencyRules frequencyRules() {
        return new FrequencyRules(capPerAgency, capAcrossAgencies, countCaseInspections, countHigherLevelSpecial,
                repeatWindowDays, overCap);
    }
}
