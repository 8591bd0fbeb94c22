package org.fazhi.casework;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.CaseSearch;
import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.CaseSummary;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.Outcome;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.Timeline;
import org.fazhi.casework.deadline.DeadlineWatch;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.casework.CaseworkTestData.evidence;

/** Retries, concurrent edits, scope, and the deadline watcher, on PostgreSQL. */
@FazhiIntegrationTest
@RecordApplicationEvents
class CaseRetriesIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired PenaltyCases cases;
    @Autowired Investigations investigations;
    @Autowired DeadlineWatch watch;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    @Test
    void aRetriedStepReturnsItsFirstOutcomeAndHappensOnce() {
        Handling h = data.agency("重试局");
        long id = data.filed(h);
        CaseSteps.Request request = data.next(id);

        Outcome first = investigations.recordEvidence(h.officer(), id, request, evidence());
        Outcome retry = investigations.recordEvidence(h.officer(), id, request, evidence());

        assertThat(retry).isEqualTo(first);
        assertThat(data.version(id)).isEqualTo(first.version());
        assertThat(cases.get(h.officer(), id).evidence()).hasSize(1);
        assertThat(cases.timeline(h.officer(), id)).filteredOn(e -> e.transition() == Transition.RECORD_EVIDENCE)
                .hasSize(1);
        assertThatThrownBy(() -> investigations.submitForLegalReview(h.officer(), id, request))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0).messageKey())
                        .isEqualTo("casework.request-key.reused"));
    }

    @Test
    void aRetriedClueRegistrationRegistersOneClue() {
        Handling h = data.agency("登记重试局");
        String key = UUID.randomUUID().toString();
        PenaltyCases.ClueForm form = new PenaltyCases.ClueForm(org.fazhi.casework.casefile.SourceKind.REFERRAL,
                "县市场监管局交办", h.party().creditCode(), "上级交办线索", null);

        Outcome first = cases.registerClue(h.officer(), form, key);
        Outcome retry = cases.registerClue(h.officer(), form, key);

        assertThat(retry.caseId()).isEqualTo(first.caseId());
        assertThat(cases.search(h.officer(), new CaseSearch(null, null, null, h.party().id(), null),
                PageRequest.of(1, 20)).total()).isEqualTo(1);
    }

    @Test
    void ofTwoConcurrentEditsOfOneVersionOneWinsAndTheOtherIsStale() throws Exception {
        Handling h = data.agency("并发局");
        long id = data.filed(h);
        int version = data.version(id);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Outcome> edit = () -> {
            together.await();
            return investigations.recordEvidence(h.officer(), id, new CaseSteps.Request(UUID.randomUUID().toString(),
                    version), evidence());
        };
        List<Future<Outcome>> results = new ArrayList<>();
        ExecutorService two = Executors.newFixedThreadPool(2);
        results.add(two.submit(edit));
        results.add(two.submit(edit));
        two.shutdown();
        assertThat(two.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        int won = 0;
        int stale = 0;
        for (Future<Outcome> result : results) {
            try {
                result.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StaleEdit.class);
                stale++;
            }
        }
        assertThat(won).isEqualTo(1);
        assertThat(stale).isEqualTo(1);
        assertThat(cases.get(h.officer(), id).evidence()).hasSize(1);
    }

    @Test
    void anotherAgencyNeitherSeesNorActsOnTheCaseAndReadersOnlyRead() {
        Handling h = data.agency("范围甲局");
        Handling other = data.agency("范围乙局");
        long id = data.filed(h);

        assertThatThrownBy(() -> cases.get(other.officer(), id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> investigations.recordEvidence(other.officer(), id, data.next(id), evidence()))
                .isInstanceOf(NotFound.class);
        assertThat(cases.search(other.head(), CaseSearch.all(), PageRequest.of(1, 200)).items())
                .extracting(CaseSummary::id).doesNotContain(id);
        assertThat(cases.get(RegistryTestData.supervisor(), id).id()).isEqualTo(id);
        assertThatThrownBy(() -> investigations.recordEvidence(RegistryTestData.supervisor(), id, data.next(id),
                evidence())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> cases.get(RegistryTestData.enterprise(h.party().id()), id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(cases.timeline(h.officer(), id)).extracting(Timeline.Entry::transition)
                .containsExactly(Transition.REGISTER_CLUE, Transition.FILE);
    }

    @Test
    void aMissedDecisionDeadlineIsRaisedOnceAndTheCaseIsDueSoon() {
        Handling h = data.agency("逾期局");
        long id = clock.earlierBy(Duration.ofDays(100), () -> data.filed(h));

        DeadlineWatch.Raised first = watch.raise(cases.today());
        DeadlineWatch.Raised second = watch.raise(cases.today());

        assertThat(first.missed()).isGreaterThanOrEqualTo(1);
        assertThat(events.stream(CaseDeadlineMissed.class).filter(missed -> missed.caseId() == id))
                .singleElement().satisfies(missed -> assertThat(missed.kind()).isEqualTo(DeadlineKind.DECISION));
        assertThat(second.missed()).isZero();
        assertThat(cases.search(h.officer(), new CaseSearch(null, null, null, null, true), PageRequest.of(1, 20))
                .items()).extracting(CaseSummary::id, CaseSummary::nextDeadline)
                .contains(org.assertj.core.groups.Tuple.tuple(id, DeadlineKind.DECISION));
        long fresh = data.filed(h);
        assertThat(cases.search(h.officer(), new CaseSearch(null, null, null, null, true), PageRequest.of(1, 20))
                .items()).extracting(CaseSummary::id).doesNotContain(fresh);
    }
}
