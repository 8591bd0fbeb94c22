package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegistryTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The case list's order, counts, next deadline and "due soon" over cases with several deadlines each (open, met,
 * missed), in an agency's scope and in the county's. The county's lists are held against the plain reading of the
 * rule (every case of the county with its earliest open deadline, newest first) so that a faster query has to give
 * the same pages.
 */
@FazhiIntegrationTest
class CaseListIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired PenaltyCases cases;
    @Autowired CaseDeadlines periods;
    @Autowired JdbcClient jdbc;

    private Handling h;
    private LocalDate today;
    private LocalDate limit;
    private long missedAndLater;
    private long dueOnTheLimit;
    private long dueAfterTheLimit;
    private long metLate;
    private long metEarlyAndOpen;
    private long clue;

    @BeforeEach
    void casesWithSeveralDeadlines() {
        h = data.agency("列表排序局");
        today = cases.today();
        limit = periods.dueSoonLimit(today);
        missedAndLater = data.filed(h);
        deadline(missedAndLater, DeadlineKind.DECISION, today.plusDays(80), today.minusDays(1));
        deadline(missedAndLater, DeadlineKind.DELIVERY, today.minusDays(3), null);
        deadline(missedAndLater, DeadlineKind.COURT_APPLICATION, today.plusDays(1), null);
        dueOnTheLimit = data.filed(h);
        deadline(dueOnTheLimit, DeadlineKind.DECISION, today.plusDays(80), null);
        deadline(dueOnTheLimit, DeadlineKind.PAYMENT, limit, null);
        dueAfterTheLimit = data.filed(h);
        deadline(dueAfterTheLimit, DeadlineKind.DECISION, limit.plusDays(1), null);
        metLate = data.filed(h);
        deadline(metLate, DeadlineKind.DECISION, today.minusDays(10), today.minusDays(2));
        metEarlyAndOpen = data.filed(h);
        deadline(metEarlyAndOpen, DeadlineKind.DECISION, today.plusDays(80), null);
        deadline(metEarlyAndOpen, DeadlineKind.DELIVERY, today.minusDays(1), today.minusDays(4));
        clue = data.complaint(h);
    }

    @Test
    void anAgencysListIsNewestFirstWithEachCasesEarliestOpenDeadline() {
        Page<CaseSummary> all = cases.search(h.officer(), CaseSearch.all(), new PageRequest(1, 20));

        assertThat(all.total()).isEqualTo(6);
        assertThat(all.items()).extracting(CaseSummary::id, CaseSummary::nextDeadline, CaseSummary::nextDue)
                .containsExactly(
                        tuple(clue, null, null),
                        tuple(metEarlyAndOpen, DeadlineKind.DECISION, today.plusDays(80)),
                        tuple(metLate, null, null),
                        tuple(dueAfterTheLimit, DeadlineKind.DECISION, limit.plusDays(1)),
                        tuple(dueOnTheLimit, DeadlineKind.PAYMENT, limit),
                        tuple(missedAndLater, DeadlineKind.DELIVERY, today.minusDays(3)));

        Page<CaseSummary> second = cases.search(h.officer(), CaseSearch.all(), new PageRequest(2, 2));
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.items()).extracting(CaseSummary::id).containsExactly(metLate, dueAfterTheLimit);
        Page<CaseSummary> past = cases.search(h.officer(), CaseSearch.all(), new PageRequest(4, 2));
        assertThat(past.total()).isEqualTo(6);
        assertThat(past.items()).isEmpty();
    }

    @Test
    void dueSoonHoldsTheCasesWithAnOpenDeadlineUpToTheLimitOrMissed() {
        Page<CaseSummary> due = cases.search(h.officer(), dueSoon(null), new PageRequest(1, 20));

        assertThat(due.total()).isEqualTo(2);
        assertThat(due.items()).extracting(CaseSummary::id, CaseSummary::nextDeadline, CaseSummary::nextDue)
                .containsExactly(tuple(dueOnTheLimit, DeadlineKind.PAYMENT, limit),
                        tuple(missedAndLater, DeadlineKind.DELIVERY, today.minusDays(3)));
        Page<CaseSummary> second = cases.search(h.officer(), dueSoon(null), new PageRequest(2, 1));
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.items()).extracting(CaseSummary::id).containsExactly(missedAndLater);
        assertThat(cases.search(h.officer(), dueSoon(CaseState.INVESTIGATING), new PageRequest(1, 20)).total())
                .isEqualTo(2);
        Page<CaseSummary> clues = cases.search(h.officer(), dueSoon(CaseState.CLUE), new PageRequest(1, 20));
        assertThat(clues.total()).isZero();
        assertThat(clues.items()).isEmpty();
    }

    @Test
    void anotherAgencySeesNoneOfThemAndTheCountySeesThemAll() {
        Handling other = data.agency("列表他局");
        long theirs = data.filed(other);
        deadline(theirs, DeadlineKind.DELIVERY, today.minusDays(1), null);

        Page<CaseSummary> theirDue = cases.search(other.officer(), dueSoon(null), new PageRequest(1, 20));
        assertThat(theirDue.items()).extracting(CaseSummary::id).containsExactly(theirs);
        assertThat(theirDue.total()).isEqualTo(1);
        assertThat(cases.search(other.officer(), CaseSearch.all(), new PageRequest(1, 20)).total()).isEqualTo(1);
        assertThat(cases.search(other.officer(), new CaseSearch(h.agencyId(), null, null, null, null),
                new PageRequest(1, 20)).total()).isZero();

        SignedInUser supervisor = RegistryTestData.supervisor();
        Page<CaseSummary> county = cases.search(supervisor, dueSoon(null), new PageRequest(1, 200));
        assertThat(county.items()).extracting(CaseSummary::id)
                .contains(theirs, dueOnTheLimit, missedAndLater)
                .doesNotContain(dueAfterTheLimit, metLate, metEarlyAndOpen, clue);
        assertThat(cases.search(supervisor, new CaseSearch(h.agencyId(), null, null, null, true),
                new PageRequest(1, 20)).items()).extracting(CaseSummary::id)
                .containsExactly(dueOnTheLimit, missedAndLater);
    }

    @Test
    void theCountysPagesAreThoseOfThePlainReading() {
        SignedInUser supervisor = RegistryTestData.supervisor();
        for (boolean dueSoon : new boolean[] {false, true}) {
            List<Row> expected = plainReading(dueSoon);
            CaseSearch search = dueSoon ? dueSoon(null) : CaseSearch.all();
            for (PageRequest request : List.of(new PageRequest(1, 3), new PageRequest(2, 3), new PageRequest(1, 200))) {
                Page<CaseSummary> page = cases.search(supervisor, search, request);
                assertThat(page.total()).as("total, due soon %s", dueSoon).isEqualTo(expected.size());
                List<Row> rows = page.items().stream()
                        .map(c -> new Row(c.id(), c.nextDeadline() == null ? null : c.nextDeadline().name(),
                                c.nextDue())).toList();
                int from = (int) Math.min(expected.size(), request.offset());
                assertThat(rows).as("page %d, due soon %s", request.number(), dueSoon)
                        .isEqualTo(expected.subList(from, Math.min(expected.size(), from + request.size())));
            }
        }
    }

    private record Row(long id, @Nullable String kind, @Nullable LocalDate due) {
    }

    /** Every case of the county with its earliest open deadline (ties by kind), filtered after the join. */
    private List<Row> plainReading(boolean dueSoon) {
        return jdbc.sql("""
                select c.id, d.kind, d.due_on from casework.penalty_case c
                  left join lateral (select kind, due_on from casework.deadline
                                      where case_id = c.id and met_on is null order by due_on, kind limit 1) d on true
                 where c.region_code = ? and (not ? or d.due_on <= ?)
                 order by c.id desc""")
                .params(RegistryTestData.COUNTY.value(), dueSoon, limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    }

    private static CaseSearch dueSoon(@Nullable CaseState state) {
        return new CaseSearch(null, state, null, null, true);
    }

    /** Sets one of the case's watched deadlines as if its steps had come that far. */
    private void deadline(long caseId, DeadlineKind kind, LocalDate dueOn, @Nullable LocalDate metOn) {
        jdbc.sql("""
                insert into casework.deadline (case_id, kind, region_code, agency_id, started_on, due_on, provisional,
                       met_on)
                select id, :kind, region_code, agency_id, :started, :due, false, :met from casework.penalty_case
                 where id = :id
                on conflict (case_id, kind) do update set due_on = excluded.due_on, met_on = excluded.met_on""")
                .param("kind", kind.name()).param("started", dueOn.minusDays(30)).param("due", dueOn)
                .param("met", metOn).param("id", caseId).update();
    }
}
