package org.fazhi.registry.indicator;

import java.util.List;

import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.registry.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The enforcement registry's indicators (seed requirements §3.2): officers, 持证率 (F3), certificates expiring
 * soon, 年审 overdue, training hours, exam pass rate (F4). Each query returns one row per agency of the region,
 * so agencies with nothing to count still appear. Placeholders: the period's bounds first, the region last.
 */
@Configuration(proxyBeanMethods = false)
class RegistryIndicators {

    private static final String PER_AGENCY = """
            select a.id as agency_id, a.name as agency_name, coalesce(t.numerator, 0) as numerator,
                   coalesce(t.denominator, 0) as denominator
              from registry.agency a left join (%s) t on t.agency_id = a.id
             where a.region_code like ? order by a.region_code, a.kind, a.name""";

    /** A certificate valid on the date bound at this point. */
    private static final String VALID_ON = "c.status = 'VALID' and c.issued_on <= ?::date and c.expires_on >= ?::date";

    @Bean
    Indicator officersIndicator(JdbcClient jdbc) {
        return new AgencyTally("OFFICERS", Unit.PERSONS, PER_AGENCY.formatted("""
                select agency_id, count(*) as numerator, 0 as denominator from registry.officer
                 where status = 'ACTIVE' group by agency_id"""), period -> List.of(), jdbc);
    }

    @Bean
    Indicator certifiedRateIndicator(JdbcClient jdbc) {
        return new AgencyTally("CERTIFIED_RATE", Unit.PERCENT, PER_AGENCY.formatted("""
                select o.agency_id,
                       count(*) filter (where exists (select 1 from registry.certificate c where c.officer_id = o.id
                                          and c.kind = 'ENFORCEMENT' and %s)) as numerator,
                       count(*) as denominator
                  from registry.officer o where o.status = 'ACTIVE' and o.post = 'ENFORCEMENT'
                 group by o.agency_id""".formatted(VALID_ON)),
                period -> List.of(period.asOf(), period.asOf()), jdbc);
    }

    @Bean
    Indicator certificatesExpiringIndicator(JdbcClient jdbc, RegistryProperties rules) {
        return new AgencyTally("CERTIFICATES_EXPIRING", Unit.CERTIFICATES, PER_AGENCY.formatted("""
                select c.agency_id, count(*) as numerator, 0 as denominator from registry.certificate c
                 where %s and c.expires_on <= ?::date group by c.agency_id""".formatted(VALID_ON)),
                period -> List.of(period.asOf(), period.asOf(), period.asOf().plusDays(rules.expiringWithinDays())),
                jdbc);
    }

    @Bean
    Indicator annualReviewOverdueIndicator(JdbcClient jdbc, RegistryProperties rules) {
        return new AgencyTally("ANNUAL_REVIEW_OVERDUE", Unit.CERTIFICATES, PER_AGENCY.formatted("""
                select c.agency_id, count(*) as numerator, 0 as denominator from registry.certificate c
                 where %s and extract(year from c.issued_on) < ?
                   and not exists (select 1 from registry.annual_review r where r.certificate_id = c.id
                                    and r.review_year = ?)
                 group by c.agency_id""".formatted(VALID_ON)),
                period -> {
                    int year = rules.reviewYearDueOn(period.asOf());
                    return List.of(period.asOf(), period.asOf(), year, year);
                }, jdbc);
    }

    @Bean
    Indicator trainingHoursIndicator(JdbcClient jdbc) {
        return new AgencyTally("TRAINING_HOURS", Unit.HOURS, PER_AGENCY.formatted("""
                select agency_id, sum(hours) as numerator, 0 as denominator from registry.training_record
                 where trained_on between ?::date and ?::date group by agency_id"""),
                period -> List.of(period.from(), period.to()), jdbc);
    }

    @Bean
    Indicator examPassRateIndicator(JdbcClient jdbc) {
        return new AgencyTally("EXAM_PASS_RATE", Unit.PERCENT, PER_AGENCY.formatted("""
                select r.agency_id, count(*) filter (where r.score >= s.pass_mark) as numerator,
                       count(*) as denominator
                  from registry.exam_result r join registry.exam_session s on s.id = r.session_id
                 where s.held_on between ?::date and ?::date group by r.agency_id"""),
                period -> List.of(period.from(), period.to()), jdbc);
    }
}
