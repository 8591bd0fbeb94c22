package org.fazhi.casework.compulsion;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.CompulsoryMeasureDue;
import org.fazhi.casework.CompulsoryMeasureOverdue;
import org.fazhi.casework.casefile.RunningDeadline.Standing;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Urgent measures and their 24 hours, the watcher's events, concurrent acts and case rules, on PostgreSQL. */
@FazhiIntegrationTest
@RecordApplicationEvents
class MeasureIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired Measures measures;
    @Autowired MeasureViews views;
    @Autowired MeasureWatch watch;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    @Test
    void anUrgentMeasureNotApprovedInTwentyFourHoursIsRefusedApprovalRaisedOverdueAndLiftedOnRefusal() {
        Handling h = data.agency("当场扣押局");
        long id = clock.earlierBy(Duration.ofHours(25), () -> take(h, true)).measureId();

        assertThat(views.of(h.officer(), id).standing()).isEqualTo(Standing.MISSED);
        assertThatThrownBy(() -> measures.approve(h.head(), id, act(h, id, null)))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.legalBasis()).isEqualTo("行政强制法第十九条"));
        watch.raise(clock.instant());
        watch.raise(clock.instant());
        assertThat(events.stream(CompulsoryMeasureOverdue.class).filter(e -> e.measureId() == id))
                .singleElement().satisfies(e -> assertThat(e.awaitingApproval()).isTrue());

        MeasureOutcome lifted = measures.refuse(h.head(), id, new ActForm(key(), version(h, id), "超过时限未批准",
                null, null, null, null, null));
        MeasureView view = views.of(h.officer(), id);
        assertThat(lifted.state()).isEqualTo(MeasureState.LIFTED);
        assertThat(view.lifting().reason()).isEqualTo(LiftingReason.NOT_APPROVED);
        assertThat(view.timeline()).extracting(MeasureTimeline.Entry::refused).containsExactly(false, true, false);
    }

    @Test
    void aMeasureNearItsEndIsRaisedDueOnceAndOnePastItOverdue() {
        Handling h = data.agency("期限扣押局");
        long near = clock.earlierBy(Duration.ofDays(28), () -> approved(h));
        long past = clock.earlierBy(Duration.ofDays(40), () -> approved(h));

        watch.raise(clock.instant());
        watch.raise(clock.instant());

        assertThat(events.stream(CompulsoryMeasureDue.class).filter(e -> e.measureId() == near)).hasSize(1);
        assertThat(events.stream(CompulsoryMeasureOverdue.class).filter(e -> e.measureId() == past))
                .singleElement().satisfies(e -> assertThat(e.awaitingApproval()).isFalse());
        assertThat(views.open(h.officer(), null)).extracting(MeasureView.Row::id, MeasureView.Row::standing)
                .startsWith(org.assertj.core.groups.Tuple.tuple(past, Standing.MISSED),
                        org.assertj.core.groups.Tuple.tuple(near, Standing.DUE_SOON));
    }

    @Test
    void ofTwoConcurrentActsOnOneVersionOneWinsAndTheOtherIsStale() throws Exception {
        Handling h = data.agency("并发扣押局");
        long id = approved(h);
        int version = version(h, id);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<MeasureOutcome>> results = new ArrayList<>();
        for (LiftingReason reason : List.of(LiftingReason.NO_VIOLATION, LiftingReason.NOT_RELATED)) {
            results.add(two.submit(() -> {
                together.await();
                return measures.lift(h.head(), id, new ActForm(key(), version, null, null, null, reason, null, null));
            }));
        }
        two.shutdown();
        assertThat(two.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        int stale = 0;
        for (Future<MeasureOutcome> result : results) {
            try {
                assertThat(result.get().state()).isEqualTo(MeasureState.LIFTED);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StaleEdit.class);
                stale++;
            }
        }
        assertThat(stale).isEqualTo(1);
        assertThat(views.of(h.officer(), id).timeline()).filteredOn(e -> e.act() == MeasureAct.LIFT).hasSize(1);
    }

    @Test
    void officersMustBeCertifiedAndTheItemsGoOnlyIntoADecidedCase() {
        Handling h = data.agency("扣押规则局");
        Handling other = data.agency("扣押他局");
        long caseId = data.filed(h);
        MeasureForm strangers = form(h, false, List.of(h.handlers().get(0), other.handlers().get(0)));

        assertThatThrownBy(() -> measures.propose(h.officer(), caseId, strangers))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.legalBasis()).contains("行政强制法第十八条"));
        long id = approved(h);
        assertThatThrownBy(() -> measures.confiscate(h.head(), id, act(h, id, null)))
                .hasMessage("casework.measure.no-decision");
        long decided = data.decided(h, "3000");
        long onDecided = measures.propose(h.officer(), decided, form(h, false, h.handlers())).measureId();
        measures.approve(h.head(), onDecided, act(h, onDecided, null));
        assertThat(measures.confiscate(h.head(), onDecided, act(h, onDecided, "决定书没收")).state())
                .isEqualTo(MeasureState.CLOSED);
        assertThat(views.of(h.officer(), onDecided).confiscatedOn()).isNotNull();
    }

    private long approved(Handling h) {
        long id = take(h, false).measureId();
        measures.approve(h.head(), id, act(h, id, "同意"));
        return id;
    }

    private MeasureOutcome take(Handling h, boolean urgent) {
        return measures.propose(h.officer(), data.filed(h), form(h, urgent, h.handlers()));
    }

    private ActForm act(Handling h, long id, String note) {
        return new ActForm(key(), version(h, id), note, null, null, null, null, null);
    }

    private int version(Handling h, long id) {
        return views.of(h.officer(), id).version();
    }

    private static MeasureForm form(Handling h, boolean urgent, List<Long> officers) {
        return new MeasureForm(key(), MeasureKind.SEALING_UP, urgent, "涉嫌无证生产", "《食品安全法》第一百一十条",
                "当事人生产车间（原地查封）", officers, List.of(new MeasureForm.Item("灌装机", "GZ-200", BigDecimal.ONE,
                "台", "完好", null)));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
