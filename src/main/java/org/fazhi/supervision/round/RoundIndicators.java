package org.fazhi.supervision.round;

import java.time.Clock;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fazhi.supervision.round.RoundTally.perAgency;

/**
 * The figures of routine supervision the annual report gives (镇平: 发现体制机制问题14类，执法规范问题13类，下发监督意见书
 * 150余份，落实整改措施470余条，移交问题线索7条，党纪政务处分13人，组织处理3人), each by the agency concerned. Rounds: those
 * whose period starts within the period, counted for each agency they cover. Rectification rate: of the opinions
 * issued within the period, those accepted; on-time rate: of those whose outcome is known (accepted, or unanswered
 * past the first deadline), those accepted having been answered by the first deadline.
 */
@Configuration(proxyBeanMethods = false)
class RoundIndicators {

    private static final String OPINIONS = "supervision.opinion t";
    private static final String ISSUED = "t.issued_on between :from and :to";

    @Bean
    Indicator supervisionRoundsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new RoundTally("SUPERVISION_ROUNDS", Unit.COUNT, false, """
                select case when grouping(a.agency_id) = 1 then null else a.agency_id end, count(distinct r.id), 0
                  from supervision.round r join supervision.round_agency a on a.round_id = r.id
                 where r.region_code = :county and r.period_from between :from and :to
                 group by grouping sets ((a.agency_id), ())""", jdbc, agencies, clock);
    }

    @Bean
    Indicator supervisionOpinionsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("SUPERVISION_OPINIONS", OPINIONS, ISSUED, jdbc, agencies, clock);
    }

    @Bean
    Indicator supervisionProblemsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("SUPERVISION_PROBLEMS", "supervision.finding t", recorded(""), jdbc, agencies, clock);
    }

    @Bean
    Indicator institutionalProblemsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("SUPERVISION_PROBLEMS_INSTITUTIONAL", "supervision.finding t",
                recorded(" and t.category_code = 'INSTITUTIONAL'"), jdbc, agencies, clock);
    }

    @Bean
    Indicator conductProblemsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("SUPERVISION_PROBLEMS_CONDUCT", "supervision.finding t",
                recorded(" and t.category_code = 'CONDUCT'"), jdbc, agencies, clock);
    }

    @Bean
    Indicator problemTypesIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("SUPERVISION_PROBLEM_TYPES", "supervision.finding t", recorded(""), jdbc, agencies, clock,
                "count(distinct t.type_code), 0");
    }

    @Bean
    Indicator rectificationMeasuresIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("RECTIFICATION_MEASURES", "supervision.rectification t",
                "t.submitted_on between :from and :to", jdbc, agencies, clock);
    }

    @Bean
    Indicator rectificationRateIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new RoundTally("RECTIFICATION_RATE", Unit.PERCENT, true, perAgency(
                "count(*) filter (where t.state = 'ACCEPTED'), count(*)", OPINIONS, ISSUED), jdbc, agencies, clock);
    }

    @Bean
    Indicator rectificationOnTimeIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new RoundTally("RECTIFICATION_ON_TIME_RATE", Unit.PERCENT, true, perAgency(
                "count(*) filter (where t.on_time), count(*)", OPINIONS, ISSUED
                        + " and (t.state = 'ACCEPTED' or t.deadline < :today)"), jdbc, agencies, clock);
    }

    @Bean
    Indicator escalationsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("SUPERVISION_DECISIONS", OPINIONS, "t.decided_on between :from and :to", jdbc, agencies, clock);
    }

    @Bean
    Indicator disciplineCluesIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("DISCIPLINE_CLUES", "supervision.discipline_clue t", "t.transferred_on between :from and :to",
                jdbc, agencies, clock);
    }

    @Bean
    Indicator disciplinedPersonsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new RoundTally("DISCIPLINED_PERSONS", Unit.PERSONS, false, perAgency(
                "coalesce(sum(t.persons_disciplined), 0), 0", "supervision.discipline_clue t",
                "t.outcome_on between :from and :to"), jdbc, agencies, clock);
    }

    @Bean
    Indicator organisationalPersonsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new RoundTally("ORGANISATIONAL_HANDLING_PERSONS", Unit.PERSONS, false, perAgency(
                "coalesce(sum(t.persons_organisational), 0), 0", "supervision.discipline_clue t",
                "t.outcome_on between :from and :to"), jdbc, agencies, clock);
    }

    private static String recorded(String more) {
        return "t.recorded_at >= cast(:from as date) and t.recorded_at < cast(:to as date) + 1" + more;
    }

    private static Indicator count(String code, String from, String where, JdbcClient jdbc, AgencyOptions agencies,
                                   Clock clock) {
        return count(code, from, where, jdbc, agencies, clock, "count(*), 0");
    }

    private static Indicator count(String code, String from, String where, JdbcClient jdbc, AgencyOptions agencies,
                                   Clock clock, String figures) {
        return new RoundTally(code, Unit.COUNT, false, perAgency(figures, from, where), jdbc, agencies, clock);
    }
}
