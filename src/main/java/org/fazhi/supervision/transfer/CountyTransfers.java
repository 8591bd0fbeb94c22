package org.fazhi.supervision.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.DecisionKind;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A generated county's 三法衔接 history, written in one transaction with a few set-based statements: a transfer to
 * public security for every case casework decided as 移送 (opened approved by the decision, as
 * {@link TransfersFromDecisions} opens it live), and a clue to the supervision commission for about one in three
 * finished case-file review campaigns (the file the reviewers scored lowest: 监察衔接 of the officials' conduct).
 * Each goes through its steps as a {@link TransferStory}. A county with transfers already is left as it is.
 */
@Component
public class CountyTransfers {

    /** Counts of what was written: transfers by kind, those still open, and steps taken after their limit. */
    public record Written(long toPublicSecurity, long toCommission, long pending, long lateSteps) {
    }

    private static final String COMMISSION = "县监察委员会";
    private static final String MISCONDUCT = "案卷评查发现执法人员涉嫌滥用职权、玩忽职守，移送监察机关";

    private final CaseDirectory cases;
    private final TransferDeadlines limits;
    private final TransferProperties settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CountyTransfers(CaseDirectory cases, TransferDeadlines limits, TransferProperties settings, JdbcClient jdbc,
                    TransactionTemplate transaction, Clock clock) {
        this.cases = cases;
        this.limits = limits;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from supervision.transfer where region_code like ?)")
                .param(county.county().value() + "%").query(Boolean.class).single();
    }

    public Written generate(RegionCode county, long seed) {
        Written written = transaction.execute(status -> hasAny(county) ? new Written(0, 0, 0, 0)
                : write(county.county(), seed));
        return Objects.requireNonNull(written);
    }

    private Written write(RegionCode county, long seed) {
        LocalDate today = LocalDate.now(clock);
        TransferStory story = new TransferStory(limits, today, new Random(seed ^ 0x7A4E_5F3EL));
        List<Transfer> made = new ArrayList<>();
        for (CaseDirectory.DecidedCase c : cases.decidedAs(county, DecisionKind.TRANSFERRED)) {
            made.add(story.fromDecision(new Transfer.Opening(c.caseId(), c.caseCode(), county, c.agencyId(),
                    TransferKind.PUBLIC_SECURITY, settings.decidedOffence(), settings.policeBody()), c.decidedOn()));
        }
        long toPolice = made.size();
        Random pick = new Random(seed ^ 0x3C1E_0B5DL);
        Set<Long> clued = new HashSet<>();
        for (ReviewedFile file : lowestScoredFiles(county)) {
            if (pick.nextInt(100) < 35 && file.finishedOn().isBefore(today) && clued.add(file.caseId())) {
                made.add(story.toCommission(new Transfer.Opening(file.caseId(), file.caseCode(), county,
                        file.agencyId(), TransferKind.SUPERVISION_COMMISSION, MISCONDUCT, COMMISSION),
                        file.finishedOn().plusDays(5 + pick.nextInt(20))));
            }
        }
        made.removeIf(t -> !limits.dayOf(t.proposedAt()).isBefore(today));
        insert(county, made);
        long pending = made.stream().filter(t -> t.state().isOpen()).count();
        long late = made.stream().flatMap(t -> t.deadlines().stream())
                .filter(d -> Boolean.FALSE.equals(d.onTime())).count();
        return new Written(toPolice, made.size() - toPolice, pending, late);
    }

    /** A finished campaign's file with the lowest average score, one per campaign. */
    private record ReviewedFile(long caseId, String caseCode, long agencyId, LocalDate finishedOn) {
    }

    private List<ReviewedFile> lowestScoredFiles(RegionCode county) {
        return jdbc.sql("""
                select distinct on (c.id) f.case_id, f.case_code, f.agency_id, c.finished_on
                  from supervision.review_campaign c
                  join supervision.review_file f on f.campaign_id = c.id
                  join supervision.review_assignment a on a.file_id = f.id and a.total is not null
                 where c.region_code like ? and c.state = 'FINISHED' and c.finished_on is not null
                 group by c.id, f.id, f.case_id, f.case_code, f.agency_id, c.finished_on
                 order by c.id, avg(a.total), f.id""").param(county.value() + "%")
                .query((rs, n) -> new ReviewedFile(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    /** The transfers in one statement, then their limits in another (matched by case and kind, unique here). */
    private void insert(RegionCode county, List<Transfer> made) {
        if (made.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into supervision.transfer (region_code, agency_id, case_id, case_code, kind, state, outcome,
                    suspected_offence, receiving_body, proposed_by, proposed_at, approved_by, approved_at,
                    handed_over_at, decided_on, decision_note, reconsidered, procuratorate_asked, closed_on,
                    from_decision)
                select :county, * from unnest(:agencies::bigint[], :cases::bigint[], :codes::text[], :kinds::text[],
                    :states::text[], :outcomes::text[], :offences::text[], :bodies::text[], :proposedBy::text[],
                    :proposedAt::timestamptz[], :approvedBy::text[], :approvedAt::timestamptz[],
                    :handedOverAt::timestamptz[], :decidedOn::date[], :notes::text[], :reconsidered::boolean[],
                    :procuratorate::boolean[], :closedOn::date[], :fromDecision::boolean[])""")
                .param("county", county.value())
                .param("agencies", made.stream().map(t -> t.opening().agencyId()).toArray(Long[]::new))
                .param("cases", made.stream().map(t -> t.opening().caseId()).toArray(Long[]::new))
                .param("codes", made.stream().map(t -> t.opening().caseCode()).toArray(String[]::new))
                .param("kinds", made.stream().map(t -> t.opening().kind().name()).toArray(String[]::new))
                .param("states", made.stream().map(t -> t.state().name()).toArray(String[]::new))
                .param("outcomes", made.stream().map(t -> t.outcome() == null ? null : t.outcome().name())
                        .toArray(String[]::new))
                .param("offences", made.stream().map(t -> t.opening().suspectedOffence()).toArray(String[]::new))
                .param("bodies", made.stream().map(t -> t.opening().receivingBody()).toArray(String[]::new))
                .param("proposedBy", made.stream().map(Transfer::proposedBy).toArray(String[]::new))
                .param("proposedAt", made.stream().map(t -> text(t.proposedAt())).toArray(String[]::new))
                .param("approvedBy", made.stream().map(Transfer::approvedBy).toArray(String[]::new))
                .param("approvedAt", made.stream().map(t -> text(t.approvedAt())).toArray(String[]::new))
                .param("handedOverAt", made.stream().map(t -> text(t.handedOverAt())).toArray(String[]::new))
                .param("decidedOn", made.stream().map(t -> text(t.decidedOn())).toArray(String[]::new))
                .param("notes", made.stream().map(Transfer::decisionNote).toArray(String[]::new))
                .param("reconsidered", made.stream().map(Transfer::reconsidered).toArray(Boolean[]::new))
                .param("procuratorate", made.stream().map(Transfer::procuratorateAsked).toArray(Boolean[]::new))
                .param("closedOn", made.stream().map(t -> text(t.closedOn())).toArray(String[]::new))
                .param("fromDecision", made.stream().map(Transfer::fromDecision).toArray(Boolean[]::new))
                .update();
        insertDeadlines(county, made);
    }

    private void insertDeadlines(RegionCode county, List<Transfer> made) {
        List<Object[]> rows = new ArrayList<>();
        for (Transfer t : made) {
            for (TransferDeadline d : t.deadlines()) {
                rows.add(new Object[] {t.opening().caseId(), t.opening().kind().name(), d.kind().name(),
                        d.dueOn().toString(), text(d.dueAt()), text(d.metAt()), d.dropped(), d.provisional()});
            }
        }
        jdbc.sql("""
                insert into supervision.transfer_deadline (transfer_id, kind, due_on, due_at, met_at, dropped,
                    provisional)
                select t.id, d.kind, d.due_on, d.due_at, d.met_at, d.dropped, d.provisional
                  from unnest(:cases::bigint[], :transferKinds::text[], :kinds::text[], :dueOn::date[],
                              :dueAt::timestamptz[], :metAt::timestamptz[], :dropped::boolean[],
                              :provisional::boolean[])
                       as d(case_id, transfer_kind, kind, due_on, due_at, met_at, dropped, provisional)
                  join supervision.transfer t on t.case_id = d.case_id and t.kind = d.transfer_kind
                                             and t.region_code = :county""")
                .param("county", county.value())
                .param("cases", rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
                .param("transferKinds", rows.stream().map(r -> (String) r[1]).toArray(String[]::new))
                .param("kinds", rows.stream().map(r -> (String) r[2]).toArray(String[]::new))
                .param("dueOn", rows.stream().map(r -> (String) r[3]).toArray(String[]::new))
                .param("dueAt", rows.stream().map(r -> (String) r[4]).toArray(String[]::new))
                .param("metAt", rows.stream().map(r -> (String) r[5]).toArray(String[]::new))
                .param("dropped", rows.stream().map(r -> (Boolean) r[6]).toArray(Boolean[]::new))
                .param("provisional", rows.stream().map(r -> (Boolean) r[7]).toArray(Boolean[]::new))
                .update();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
