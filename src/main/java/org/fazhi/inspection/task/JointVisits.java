package org.fazhi.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.frequency.MergeProposal;
import org.fazhi.inspection.frequency.MergeProposals;
import org.fazhi.inspection.frequency.PlannedVisit;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 综合查一次: when several agencies plan to visit one party within a few days of each other, the system proposes
 * one joint visit; once every agency involved accepts, the visits become one task (the earliest), carrying all the
 * agencies, items and inspectors, and the others are revoked with a note where they went.
 */
@Service
public class JointVisits {

    /** An open proposal as the agencies see it. */
    public record Proposal(long id, long partyId, List<Long> taskIds, List<Long> agencyIds, LocalDate suggestedFrom,
                           LocalDate suggestedTo, List<Long> acceptedBy) {
    }

    private static final String SELECT = """
            select p.id, p.party_id, p.task_ids, p.agency_ids, p.suggested_from, p.suggested_to,
                   coalesce(array(select agency_id from inspection.merge_acceptance a where a.proposal_id = p.id
                                   order by agency_id), '{}')
              from inspection.merge_proposal p
            """;

    private static final String RECORD_TYPE = "inspection.merge-proposal";

    private final JdbcClient jdbc;
    private final TaskRepository tasks;
    private final InspectionProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublishedContent published;

    JointVisits(JdbcClient jdbc, TaskRepository tasks, InspectionProperties rules, ApplicationEventPublisher events,
                Clock clock, PublishedContent published) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.published = published;
    }

    /** Recomputes the party's open proposals from its planned visits (called whenever a task is added). */
    void refresh(long partyId) {
        jdbc.sql("""
                delete from inspection.merge_acceptance where proposal_id in
                       (select id from inspection.merge_proposal where party_id = ? and status = 'OPEN')""")
                .param(partyId).update();
        jdbc.sql("delete from inspection.merge_proposal where party_id = ? and status = 'OPEN'").param(partyId).update();
        List<InspectionTask> planned = tasks.ofParty(partyId, LocalDate.now(clock)).stream()
                .filter(task -> !task.emergency() && (task.status() == TaskStatus.AWAITING_APPROVAL
                        || task.status() == TaskStatus.APPROVED)).toList();
        List<PlannedVisit> visits = planned.stream().map(task -> new PlannedVisit(task.id(), task.partyId(),
                task.leadAgencyId(), task.windowFrom(), task.windowTo())).toList();
        for (MergeProposal proposal : MergeProposals.find(visits, rules.mergeWindowDays())) {
            List<InspectionTask> involved = planned.stream().filter(t -> proposal.taskIds().contains(t.id())).toList();
            jdbc.sql("""
                    insert into inspection.merge_proposal (region_code, party_id, task_ids, agency_ids, suggested_from,
                           suggested_to) values (?, ?, ?, ?, ?, ?)""")
                    .params(involved.get(0).county().value(), partyId, proposal.taskIds().toArray(Long[]::new),
                            involved.stream().map(InspectionTask::leadAgencyId).distinct().toArray(Long[]::new),
                            proposal.suggestedFrom(), proposal.suggestedTo())
                    .update();
        }
    }

    /** Open proposals the user's agency is part of (the bureau: all of its county), soonest first. */
    public List<Proposal> open(SignedInUser user) {
        Tasks.requireStaff(user);
        Long agency = user.scope().agencyId();
        return jdbc.sql(SELECT + """
                 where p.status = 'OPEN' and p.region_code = left(?, 6) and (?::bigint is null or ? = any(p.agency_ids))
                 order by p.suggested_from, p.id limit 200""")
                .params(user.region().value(), agency, agency).query(JointVisits::proposal).list();
    }

    /** The agency accepts; the last acceptance merges the visits. Returns the joint task's id once merged. */
    @Transactional
    public java.util.Optional<Long> accept(SignedInUser user, long proposalId) {
        Proposal proposal = involving(user, proposalId);
        jdbc.sql("""
                insert into inspection.merge_acceptance (proposal_id, agency_id, accepted_by) values (?, ?, ?)
                on conflict do nothing""").params(proposalId, user.agencyId(), user.getUsername()).update();
        events.publishEvent(DataChanged.updated(RECORD_TYPE, proposalId, user.region().county(),
                List.of("acceptance")));
        long accepted = jdbc.sql("select count(*) from inspection.merge_acceptance where proposal_id = ?")
                .param(proposalId).query(Long.class).single();
        if (accepted < proposal.agencyIds().size()) {
            return java.util.Optional.empty();
        }
        long kept = merge(proposal, user.region().county());
        jdbc.sql("""
                update inspection.merge_proposal set status = 'MERGED', merged_task_id = ?, decided_at = now(),
                       decided_by = ? where id = ?""").params(kept, user.getUsername(), proposalId).update();
        return java.util.Optional.of(kept);
    }

    @Transactional
    public void decline(SignedInUser user, long proposalId) {
        involving(user, proposalId);
        jdbc.sql("""
                update inspection.merge_proposal set status = 'DECLINED', decided_at = now(), decided_by = ?
                 where id = ? and status = 'OPEN'""").params(user.getUsername(), proposalId).update();
        events.publishEvent(DataChanged.updated(RECORD_TYPE, proposalId, user.region().county(), List.of("status")));
    }

    private long merge(Proposal proposal, RegionCode county) {
        published.changed("inspection");
        List<InspectionTask> visits = proposal.taskIds().stream().map(id -> tasks.find(id).orElseThrow()).toList();
        InspectionTask kept = visits.get(0);
        Long[] others = proposal.taskIds().subList(1, visits.size()).toArray(Long[]::new);
        Long[] agencies = visits.stream().flatMap(task -> task.agencyIds().stream()).distinct().toArray(Long[]::new);
        Long[] items = visits.stream().flatMap(task -> task.itemIds().stream()).distinct().toArray(Long[]::new);
        jdbc.sql("""
                update inspection.task set agency_ids = ?, item_ids = ?, window_from = ?, window_to = ?,
                       code_version = code_version + 1, version = version + 1 where id = ?""")
                .params(agencies, items, proposal.suggestedFrom(), proposal.suggestedTo(), kept.id()).update();
        jdbc.sql("""
                insert into inspection.task_inspector (task_id, officer_id, agency_id, name, certificate_number)
                select ?, officer_id, agency_id, name, certificate_number from inspection.task_inspector
                 where task_id = any(?) on conflict do nothing""").params(kept.id(), others).update();
        jdbc.sql("""
                update inspection.task set status = 'REVOKED', code_version = code_version + 1, version = version + 1,
                       origin_note = concat_ws('；', origin_note, ?) where id = any(?)""")
                .params("已并入联合检查 " + kept.code(), others).update();
        events.publishEvent(DataChanged.updated(Tasks.RECORD_TYPE, kept.id(), county,
                List.of("agencyIds", "itemIds", "window", "inspectors")));
        for (Long other : others) {
            events.publishEvent(DataChanged.updated(Tasks.RECORD_TYPE, other, county, List.of("status")));
        }
        return kept.id();
    }

    private Proposal involving(SignedInUser user, long proposalId) {
        Tasks.requireStaff(user);
        Proposal proposal = jdbc.sql(SELECT + " where p.id = ? and p.status = 'OPEN' and p.region_code = left(?, 6)")
                .params(proposalId, user.region().value()).query(JointVisits::proposal).optional()
                .orElseThrow(() -> new NotFound("inspection.merge-proposal", proposalId));
        boolean ours = proposal.agencyIds().contains(user.agencyId());
        if (user.scope().isAgencyScoped() && !ours) {
            throw new NotFound("inspection.merge-proposal", proposalId); // other agencies' proposals are out of scope
        }
        if (!user.hasRole(Role.AGENCY_ADMIN) || !ours) {
            throw new AccessDeniedException("each agency's legal office accepts a joint visit for its agency");
        }
        if (proposal.suggestedTo().isBefore(LocalDate.now(clock))) {
            throw RuleViolation.of("inspection.merge.expired");
        }
        return proposal;
    }

    private static Proposal proposal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Proposal(rs.getLong(1), rs.getLong(2), longs(rs.getArray(3)), longs(rs.getArray(4)),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), longs(rs.getArray(7)));
    }

    private static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
