package org.fazhi.governance.normative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The normative-document figures of one agency against its documents counted by hand. */
@FazhiIntegrationTest
class NormativeIndicatorsIntegrationTests {

    @Autowired NormativeDocuments documents;
    @Autowired CleanupCampaigns campaigns;
    @Autowired RegistryTestData registry;
    @Autowired List<Indicator> indicators;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void theFiguresOfOneAgencyMatchItsDocumentsCountedByHand() {
        Agency agency = registry.agency("规范指标局");
        LocalDate today = LocalDate.now(clock);
        long onTime = issued(agency, today.minusDays(100));
        documents.file(bureau, onTime, FilingBody.HIGHER_GOVERNMENT, today.minusDays(80));
        documents.file(bureau, onTime, FilingBody.PEOPLES_CONGRESS, today.minusDays(75));
        long late = issued(agency, today.minusDays(90));
        documents.file(bureau, late, FilingBody.HIGHER_GOVERNMENT, today.minusDays(70));
        documents.file(bureau, late, FilingBody.PEOPLES_CONGRESS, today.minusDays(50));
        long unfiled = issued(agency, today.minusDays(60));
        issued(agency, today.minusDays(5));
        documents.register(bureau, new DraftForm("未公布办法", agency.id(), false, false));
        long campaign = campaigns.open(bureau, "指标清理" + RegistryTestData.suffix(), today.minusDays(3)).id();
        campaigns.decide(bureau, campaign, onTime, CleanupDisposition.REPEAL, today, null);
        campaigns.decide(bureau, campaign, late, CleanupDisposition.AMEND, today, null);
        campaigns.decide(bureau, campaign, unfiled, CleanupDisposition.AMEND, today, null);
        Period period = new Period(today.minusDays(120), today);

        assertThat(of("NORMATIVE_DOCUMENTS_ISSUED", agency, period).numerator()).isEqualTo(4);
        assertThat(of("NORMATIVE_REVIEWED_BEFORE_ISSUE_RATE", agency, period).numerator()).isEqualTo(4);
        assertThat(of("NORMATIVE_REVIEWED_BEFORE_ISSUE_RATE", agency, period).denominator()).isEqualTo(4);
        Figure filed = of("NORMATIVE_FILED_ON_TIME_RATE", agency, period);
        assertThat(filed.numerator()).isEqualTo(1);
        assertThat(filed.denominator()).isEqualTo(3);
        assertThat(of("NORMATIVE_CLEANUP_REPEAL", agency, period).numerator()).isEqualTo(1);
        assertThat(of("NORMATIVE_CLEANUP_AMEND", agency, period).numerator()).isEqualTo(2);
        assertThat(indicator("NORMATIVE_CLEANUP_RETAIN").measure(agency.region(), period).byAgency())
                .noneMatch(a -> a.agencyId() == agency.id());
    }

    /** Published on {@code on} after every earlier step. */
    private long issued(Agency agency, LocalDate on) {
        long id = documents.register(bureau, new DraftForm("指标办法", agency.id(), false, false)).id();
        documents.openComment(bureau, id, on.minusDays(60), on.minusDays(40));
        documents.closeComment(bureau, id, on.minusDays(39), 0);
        documents.reviewLegality(bureau, id, on.minusDays(30), LegalityConclusion.LAWFUL, "合法");
        documents.reviewFairCompetition(bureau, id, on.minusDays(20), FairCompetitionConclusion.COMPLIANT);
        documents.deliberate(bureau, id, on.minusDays(10), "常务会议");
        documents.publish(bureau, id, on, "郏政规" + RegistryTestData.suffix(), "网站");
        return id;
    }

    private Figure of(String code, Agency agency, Period period) {
        return indicator(code).measure(agency.region(), period).byAgency().stream()
                .filter(a -> a.agencyId() == agency.id()).findFirst().orElseThrow().figure();
    }

    private Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
