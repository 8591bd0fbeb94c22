package org.fazhi.governance.normative;

import java.util.Arrays;
import java.util.List;

import org.fazhi.governance.tally.AgencyTally;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of normative documents (seed requirements ND1-ND7, N1-N3), by drafting agency: documents issued
 * (published) within the period; of those, the share whose legality review came on or before publication; of the
 * documents whose filing period ended within the period, the share filed with both bodies by its last day; and the
 * clean-up dispositions decided within the period, one figure per disposition.
 */
@Configuration(proxyBeanMethods = false)
class NormativeIndicators {

    private static final String DOCUMENTS = "governance.normative_document";
    private static final String PUBLISHED = "t.published_on between :from and :to";
    private static final String CLEANUPS = "(select c.disposition, c.decided_on, d.region_code, d.agency_id "
            + "from governance.cleanup_decision c join governance.normative_document d on d.id = c.document_id)";

    private static final String REVIEWED_BEFORE_ISSUE =
            "t.legality_reviewed_on is not null and t.legality_reviewed_on <= t.published_on";
    private static final AgencyTally.Counts PUBLISHED_DOCUMENTS =
            new AgencyTally.Counts(DOCUMENTS, PUBLISHED, List.of(REVIEWED_BEFORE_ISSUE));
    private static final AgencyTally.Counts CLEANUP_DECISIONS = new AgencyTally.Counts(CLEANUPS,
            "t.decided_on between :from and :to",
            Arrays.stream(CleanupDisposition.values()).map(NormativeIndicators::given).toList());

    @Bean
    Indicator normativeDocumentsIssuedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return PUBLISHED_DOCUMENTS.all("NORMATIVE_DOCUMENTS_ISSUED", jdbc, agencies);
    }

    @Bean
    Indicator normativeReviewedBeforeIssueIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return PUBLISHED_DOCUMENTS.rate("NORMATIVE_REVIEWED_BEFORE_ISSUE_RATE", REVIEWED_BEFORE_ISSUE, jdbc, agencies);
    }

    @Bean
    Indicator normativeFiledOnTimeIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return AgencyTally.rate("NORMATIVE_FILED_ON_TIME_RATE", DOCUMENTS,
                "t.filed_government_on <= t.filing_due_on and t.filed_congress_on <= t.filing_due_on",
                "t.filing_due_on between :from and :to", jdbc, agencies);
    }

    @Bean
    Indicator normativeCleanupRetainedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return cleanup(CleanupDisposition.RETAIN, jdbc, agencies);
    }

    @Bean
    Indicator normativeCleanupAmendedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return cleanup(CleanupDisposition.AMEND, jdbc, agencies);
    }

    @Bean
    Indicator normativeCleanupRepealedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return cleanup(CleanupDisposition.REPEAL, jdbc, agencies);
    }

    @Bean
    Indicator normativeCleanupDeclaredInvalidIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return cleanup(CleanupDisposition.DECLARE_INVALID, jdbc, agencies);
    }

    /** {@code NORMATIVE_CLEANUP_<DISPOSITION>}: documents given this disposition within the period. */
    private static Indicator cleanup(CleanupDisposition disposition, JdbcClient jdbc, AgencyOptions agencies) {
        return CLEANUP_DECISIONS.matching("NORMATIVE_CLEANUP_" + disposition.name(), given(disposition), jdbc,
                agencies);
    }

    private static String given(CleanupDisposition disposition) {
        return "t.disposition = '" + disposition.name() + "'";
    }
}
