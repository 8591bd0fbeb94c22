package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.BenchmarkDepartures;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.shared.DataChanged;
import org.fazhi.supervision.monitoring.BatchAnswers;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.COUNTY;
import static org.fazhi.supervision.monitoring.rule.CaseEvents.CASE;
import static org.fazhi.supervision.monitoring.rule.RuleTestData.about;

/** Rule 4 on PostgreSQL: penalties within the 一般 tier (¥1,000-5,000), outside it with and without a reason. */
@FazhiIntegrationTest
class PenaltyOutsideBenchmarkIntegrationTests {

    private static final String REASON = "当事人拒不改正，多次违法";

    @Autowired RuleTestData data;
    @Autowired PenaltyOutsideBenchmark rule;
    @Autowired BenchmarkDepartures departures;
    @Autowired RuleTexts texts;
    @Autowired Clock clock;

    @Test
    void aJustifiedDepartureIsRaisedWithItsReasonForTheSupervisorToWeigh() {
        Handling h = data.agency("裁量规则局");
        long id = data.decidedOutside(h, "8000", REASON);

        assertThat(rule.scan(COUNTY, today())).filteredOn(cause -> about(cause, CASE, id)).singleElement()
                .satisfies(cause -> {
                    assertThat(cause.agencyId()).isEqualTo(h.agencyId());
                    assertThat(cause.summary()).contains("¥8,000.00").contains("“一般”档次").contains(REASON)
                            .contains("请审查理由是否成立");
                });
    }

    @Test
    void aDepartureWithoutReasonIsRaisedAsSuch() {
        Handling h = data.agency("裁量规则局");
        long id = data.decidedOutside(h, "8000", REASON);
        data.jdbc().sql("update casework.proposal set outside_reason = null where case_id = ? and stage = 'DECIDED'")
                .param(id).update();

        assertThat(rule.scan(COUNTY, today())).filteredOn(cause -> about(cause, CASE, id)).singleElement()
                .satisfies(cause -> assertThat(cause.summary()).contains("且未说明理由"));
    }

    @Test
    void aPenaltyWithinItsTierIsNotRaised() {
        Handling h = data.agency("裁量规则局");
        long id = data.decided(h, "3000");

        assertThat(rule.scan(COUNTY, today())).noneMatch(cause -> about(cause, CASE, id));
    }

    @Test
    void justifiedDeparturesCanBeLeftOutByConfiguration() {
        Handling h = data.agency("裁量规则局");
        long justified = data.decidedOutside(h, "8000", REASON);
        long unjustified = data.decidedOutside(h, "9000", REASON);
        data.jdbc().sql("update casework.proposal set outside_reason = ' ' where case_id = ? and stage = 'DECIDED'")
                .param(unjustified).update();
        var onlyUnjustified = new PenaltyOutsideBenchmark(departures, texts,
                new PenaltyOutsideBenchmarkParameters(365, false));

        assertThat(onlyUnjustified.scan(COUNTY, today())).noneMatch(cause -> about(cause, CASE, justified))
                .anyMatch(cause -> about(cause, CASE, unjustified));
    }

    @Test
    void reassessesTheChangedCaseOnly() {
        Handling h = data.agency("裁量规则局");
        long outside = data.decidedOutside(h, "8000", REASON);
        long within = data.decided(h, "3000");

        Reassessment ofOutside = rule.reassess(changed(outside), today()).orElseThrow();
        Reassessment ofWithin = rule.reassess(changed(within), today()).orElseThrow();

        assertThat(ofOutside.holding()).singleElement()
                .satisfies(cause -> assertThat(about(cause, CASE, outside)).isTrue());
        assertThat(ofWithin.examined()).singleElement().satisfies(subject -> assertThat(subject.id()).isEqualTo(within));
        assertThat(ofWithin.holding()).isEmpty();
        assertThat(rule.reassess(DataChanged.updated("inspection.task", within, COUNTY, List.of("status")), today()))
                .isEmpty();
        Reassessment batch = BatchAnswers.asOneByOne(rule, List.of(changed(within), changed(outside),
                DataChanged.updated("inspection.task", within, COUNTY, List.of("status")), changed(within)), today());
        assertThat(batch.examined()).extracting(Subject::id).containsExactlyInAnyOrder(outside, within);
        assertThat(batch.holding()).singleElement()
                .satisfies(cause -> assertThat(about(cause, CASE, outside)).isTrue());
    }

    private static DataChanged changed(long caseId) {
        return DataChanged.updated(CASE, caseId, COUNTY, List.of("state"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
