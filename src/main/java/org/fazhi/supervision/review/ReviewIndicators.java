package org.fazhi.supervision.review;

import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of case-file review (seed requirements S1, S2; 001: 「开展行政执法案卷评查2次、抽查案卷104份」, 004:
 * 「评选优秀执法案卷26卷」): campaigns announced in the period; files reviewed (every assigned reviewer scored, the
 * last score in the period) per agency; the average of those files' scores per agency; excellent files among them;
 * problems found in the period, in total and by checklist part.
 */
@Configuration(proxyBeanMethods = false)
class ReviewIndicators {

    /** Files whose every assigned reviewer scored, with their average and the day of the last score. */
    private static final String REVIEWED = """
            (select f.id, f.agency_id, f.region_code, avg(a.total) as average,
                    max(a.scored_at at time zone 'Asia/Shanghai')::date as reviewed_on
             from supervision.review_file f join supervision.review_assignment a on a.file_id = f.id
             group by f.id having count(*) = count(a.total)) r
            """;
    private static final String IN_PERIOD = " where r.region_code like :region and r.reviewed_on between :from and :to";
    private static final String PROBLEMS = " from supervision.review_problem p where p.region_code like :region"
            + " and p.found_on between :from and :to";

    @Bean
    Indicator reviewCampaignsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new ReviewTally("REVIEW_CAMPAIGNS", Unit.COUNT, """
                select count(*) from supervision.review_campaign where region_code like :region
                and (published_at at time zone 'Asia/Shanghai')::date between :from and :to""", null, jdbc, agencies);
    }

    @Bean
    Indicator reviewedFilesIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new ReviewTally("REVIEWED_FILES", Unit.CASES, "select count(*) from " + REVIEWED + IN_PERIOD,
                "select r.agency_id, count(*) as value from " + REVIEWED + IN_PERIOD + " group by r.agency_id",
                jdbc, agencies);
    }

    @Bean
    Indicator reviewAverageIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new ReviewTally("REVIEW_AVERAGE_SCORE", Unit.SCORE,
                "select round(avg(r.average), 1) from " + REVIEWED + IN_PERIOD,
                "select r.agency_id, round(avg(r.average), 1) as value from " + REVIEWED + IN_PERIOD
                        + " group by r.agency_id", jdbc, agencies);
    }

    @Bean
    Indicator excellentFilesIndicator(JdbcClient jdbc, AgencyDirectory agencies, ReviewChecklist checklist) {
        String excellent = " and round(r.average, 1) >= " + checklist.excellentFrom().toPlainString();
        return new ReviewTally("EXCELLENT_FILES", Unit.CASES,
                "select count(*) from " + REVIEWED + IN_PERIOD + excellent,
                "select r.agency_id, count(*) as value from " + REVIEWED + IN_PERIOD + excellent
                        + " group by r.agency_id", jdbc, agencies);
    }

    @Bean
    Indicator reviewProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS", "", jdbc, agencies);
    }

    @Bean
    Indicator subjectProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS_SUBJECT", "SUBJECT", jdbc, agencies);
    }

    @Bean
    Indicator factProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS_FACTS", "FACTS", jdbc, agencies);
    }

    @Bean
    Indicator procedureProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS_PROCEDURE", "PROCEDURE", jdbc, agencies);
    }

    @Bean
    Indicator lawProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS_LAW", "LAW", jdbc, agencies);
    }

    @Bean
    Indicator discretionProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS_DISCRETION", "DISCRETION", jdbc, agencies);
    }

    @Bean
    Indicator documentProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS_DOCUMENTS", "DOCUMENTS", jdbc, agencies);
    }

    @Bean
    Indicator archiveProblemsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return problems("REVIEW_PROBLEMS_ARCHIVE", "ARCHIVE", jdbc, agencies);
    }

    /** Problems found in the period; {@code part} the checklist part's code of the default checklist, or all. */
    private static Indicator problems(String code, String part, JdbcClient jdbc, AgencyDirectory agencies) {
        String ofPart = part.isEmpty() ? "" : " and p.part_code = '" + part + "'";
        return new ReviewTally(code, Unit.COUNT, "select count(*)" + PROBLEMS + ofPart,
                "select p.agency_id, count(*) as value" + PROBLEMS + ofPart + " group by p.agency_id", jdbc, agencies);
    }
}
