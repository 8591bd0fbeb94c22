package org.fazhi.supervision.accountability;

import java.time.Clock;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.supervision.round.RoundTally;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fazhi.supervision.round.RoundTally.perAgency;

/**
 * The figures of 过错责任追究 the annual report gives (seed requirements TR5, S7; 004: 「对9个执法单位进行通报批评，14名
 * 经办人员进行处理，移交县纪委处理2件」「7件败诉案件不追究」), by the agency held at fault, over the findings made
 * (认定日期) within the period: findings in all and by source; units criticised (distinct agencies); persons handled
 * in all and by handling; referrals to the discipline body; findings not pursued.
 */
@Configuration(proxyBeanMethods = false)
class AccountabilityIndicators {

    private static final String FINDINGS = "supervision.accountability_finding t";
    private static final String PERSONS = FINDINGS + " join supervision.accountability_person p on p.finding_id = t.id";
    private static final String FOUND = "t.found_on between :from and :to";

    @Bean
    Indicator accountabilityFindingsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("ACCOUNTABILITY_FINDINGS", FINDINGS, FOUND, jdbc, agencies, clock);
    }

    @Bean
    Indicator accountabilityFromLawsuitsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return fromSource("ACCOUNTABILITY_FROM_LAWSUITS", SourceRef.Kind.LAWSUIT, jdbc, agencies, clock);
    }

    @Bean
    Indicator accountabilityFromSupervisionIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return fromSource("ACCOUNTABILITY_FROM_SUPERVISION", SourceRef.Kind.SUPERVISION_FINDING, jdbc, agencies,
                clock);
    }

    @Bean
    Indicator accountabilityFromReviewsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return fromSource("ACCOUNTABILITY_FROM_REVIEWS", SourceRef.Kind.CASE_FILE_REVIEW, jdbc, agencies, clock);
    }

    @Bean
    Indicator accountabilityFromTransfersIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return fromSource("ACCOUNTABILITY_FROM_TRANSFERS", SourceRef.Kind.TRANSFER, jdbc, agencies, clock);
    }

    @Bean
    Indicator accountabilityFromReconsiderationIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return fromSource("ACCOUNTABILITY_FROM_RECONSIDERATION", SourceRef.Kind.RECONSIDERATION, jdbc, agencies,
                clock);
    }

    @Bean
    Indicator unitsCriticisedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new RoundTally("ACCOUNTABILITY_UNITS_CRITICISED", Unit.COUNT, false, perAgency(
                "count(distinct t.agency_id), 0", FINDINGS, FOUND + " and t.circulated"), jdbc, agencies, clock);
    }

    @Bean
    Indicator personsHandledIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return persons("ACCOUNTABILITY_PERSONS", "", jdbc, agencies, clock);
    }

    @Bean
    Indicator personsSanctionedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return persons("ACCOUNTABILITY_PERSONS_SANCTIONED", HandlingKind.PARTY_GOVERNMENT_SANCTION.name(), jdbc,
                agencies, clock);
    }

    @Bean
    Indicator personsOrganisationalIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return persons("ACCOUNTABILITY_PERSONS_ORGANISATIONAL", HandlingKind.ORGANISATIONAL.name(), jdbc, agencies,
                clock);
    }

    @Bean
    Indicator referredToDisciplineIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("ACCOUNTABILITY_REFERRED", FINDINGS, FOUND + " and t.referred_to_discipline", jdbc, agencies,
                clock);
    }

    @Bean
    Indicator notPursuedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("ACCOUNTABILITY_NOT_PURSUED", FINDINGS, FOUND + " and not t.pursued", jdbc, agencies, clock);
    }

    private static Indicator fromSource(String code, SourceRef.Kind source, JdbcClient jdbc, AgencyOptions agencies,
                                        Clock clock) {
        return count(code, FINDINGS, FOUND + " and t.source_type = '" + source.name() + "'", jdbc, agencies, clock);
    }

    /** Persons handled in findings of the period; {@code handling} one kind, or every kind when empty. */
    private static Indicator persons(String code, String handling, JdbcClient jdbc, AgencyOptions agencies,
                                     Clock clock) {
        String ofKind = handling.isEmpty() ? "" : " and p.handling = '" + handling + "'";
        return new RoundTally(code, Unit.PERSONS, false, perAgency("count(*), 0", PERSONS, FOUND + ofKind), jdbc,
                agencies, clock);
    }

    private static Indicator count(String code, String from, String where, JdbcClient jdbc, AgencyOptions agencies,
                                   Clock clock) {
        return new RoundTally(code, Unit.COUNT, false, perAgency("count(*), 0", from, where), jdbc, agencies, clock);
    }
}
