package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.Money;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.BatchAnswers;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.COUNTY;
import static org.fazhi.supervision.monitoring.rule.CaseEvents.CASE;
import static org.fazhi.supervision.monitoring.rule.RuleTestData.about;

/** Rule 3 on PostgreSQL: decisions of 第五十八条 cases with and without a passed 法制审核. */
@FazhiIntegrationTest
class DecisionWithoutLegalReviewIntegrationTests {

    @Autowired RuleTestData data;
    @Autowired DecisionWithoutLegalReview rule;
    @Autowired Clock clock;

    @Test
    void firesForADecisionOfAMajorPublicInterestCaseWithoutReview() {
        Handling h = data.agency("审核规则局");
        long id = data.decided(h, "3000");
        majorPublicInterestWritten(id);

        List<AlertCause> causes = rule.scan(COUNTY, today());

        assertThat(causes).filteredOn(cause -> about(cause, CASE, id)).singleElement().satisfies(cause -> {
            assertThat(cause.agencyId()).isEqualTo(h.agencyId());
            assertThat(cause.county()).isEqualTo(COUNTY);
            assertThat(cause.since()).isEqualTo(today());
            assertThat(cause.summary()).contains("涉及重大公共利益").contains("没有通过法制审核的记录")
                    .contains(cause.subject().reference());
        });
    }

    @Test
    void staysQuietForAReviewedMajorCaseAndForAnOrdinaryOne() {
        Handling h = data.agency("审核规则局");
        long reviewed = data.decidedAfterLegalReview(h, "3000");
        long ordinary = data.decided(h, "2000");

        assertThat(rule.scan(COUNTY, today()))
                .noneMatch(cause -> about(cause, CASE, reviewed) || about(cause, CASE, ordinary));
    }

    @Test
    void aReviewBeforeTheHearingIsNotEnough() {
        Handling h = data.agency("审核规则局");
        long id = data.decidedAfterLegalReview(h, "3000");
        data.jdbc().sql("update casework.penalty_case set hearing_held_at = legal_review_passed_at + interval '1 hour'"
                + " where id = ?").param(id).update();

        assertThat(rule.scan(COUNTY, today())).filteredOn(cause -> about(cause, CASE, id)).singleElement()
                .satisfies(cause -> assertThat(cause.summary()).contains("早于").contains("听证后未再审核"));
    }

    @Test
    void reassessesTheDecidedCaseOnly() {
        Handling h = data.agency("审核规则局");
        long bad = data.decided(h, "3000");
        majorPublicInterestWritten(bad);
        long good = data.decidedAfterLegalReview(h, "3000");

        Reassessment ofBad = rule.reassess(decided(h, bad), today()).orElseThrow();
        Reassessment ofGood = rule.reassess(DataChanged.updated(CASE, good, COUNTY, List.of("state")), today())
                .orElseThrow();

        assertThat(ofBad.examined()).singleElement().satisfies(subject -> assertThat(subject.id()).isEqualTo(bad));
        assertThat(ofBad.holding()).singleElement().satisfies(cause -> assertThat(about(cause, CASE, bad)).isTrue());
        assertThat(ofGood.examined()).singleElement().satisfies(subject -> assertThat(subject.id()).isEqualTo(good));
        assertThat(ofGood.holding()).isEmpty();
        assertThat(rule.reassess(DataChanged.updated("entities.party", h.party().id(), COUNTY, List.of("name")),
                today())).isEmpty();
        Reassessment batch = BatchAnswers.asOneByOne(rule, List.of(decided(h, bad),
                DataChanged.updated(CASE, good, COUNTY, List.of("state")),
                DataChanged.updated("entities.party", h.party().id(), COUNTY, List.of("name")),
                DataChanged.updated(CASE, bad, COUNTY, List.of("state"))), today());
        assertThat(batch.examined()).extracting(Subject::id).containsExactlyInAnyOrder(bad, good);
        assertThat(batch.holding()).singleElement().satisfies(cause -> assertThat(about(cause, CASE, bad)).isTrue());
    }

    @Test
    void oldDecisionsAreLeftToCaseFileReview() {
        Handling h = data.agency("审核规则局");
        long id = data.decided(h, "3000");
        majorPublicInterestWritten(id);

        assertThat(rule.scan(COUNTY, today().plusDays(366))).noneMatch(cause -> about(cause, CASE, id));
    }

    private void majorPublicInterestWritten(long caseId) {
        data.jdbc().sql("update casework.penalty_case set major_public_interest = true where id = ?").param(caseId)
                .update();
    }

    private PenaltyDecided decided(Handling h, long caseId) {
        return new PenaltyDecided(caseId, "", COUNTY, h.agencyId(), h.party().id(), DecisionKind.PENALTY, List.of(),
                Money.ZERO, false, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
