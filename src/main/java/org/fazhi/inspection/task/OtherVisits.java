package org.fazhi.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.frequency.PastVisit;
import org.fazhi.inspection.frequency.VisitKind;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of visits that enter an enterprise without being inspections (调研、政策宣讲、服务、督导). They use up
 * no inspection allowance, but 国办发〔2024〕54号 forbids disguising inspections as them, so they count toward the
 * repeat-visit warnings like inspections do.
 */
@Service
public class OtherVisits {

    /** A recorded visit, with the party's name. */
    public record Row(long id, long partyId, String partyName, long agencyId, OtherVisitKind kind,
                      LocalDate visitedOn, String purpose) {
    }

    private final JdbcClient jdbc;
    private final PartyDirectory parties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OtherVisits(JdbcClient jdbc, PartyDirectory parties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long record(SignedInUser user, OtherVisitForm form) {
        if (!user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER) || user.agencyId() == null) {
            throw new AccessDeniedException("visits are recorded by the agency that made them");
        }
        PartyCard party = parties.findByCreditCode(form.partyCode())
                .filter(card -> user.region().county().contains(card.region()))
                .orElseThrow(() -> InvalidInput.of("partyCode", "inspection.task.party.unknown"));
        if (form.visitedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInput.of("visitedOn", "inspection.other.date.future");
        }
        long id = jdbc.sql("""
                insert into inspection.other_visit (region_code, party_id, agency_id, kind, visited_on, purpose,
                       recorded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.region().county().value(), party.id(), user.agencyId(), form.kind().name(),
                        form.visitedOn(), form.purpose().strip(), user.getUsername())
                .query(Long.class).single();
        events.publishEvent(DataChanged.created("inspection.other-visit", id, user.region().county(),
                List.of("party", "kind", "visitedOn", "purpose")));
        return id;
    }

    /** The latest visits in the user's scope. */
    public List<Row> latest(SignedInUser user) {
        Tasks.requireStaff(user);
        List<Row> rows = jdbc.sql("""
                select id, party_id, agency_id, kind, visited_on, purpose from inspection.other_visit
                 where region_code = left(?, 6) and (?::bigint is null or agency_id = ?)
                 order by visited_on desc, id desc limit 200""")
                .params(user.region().value(), user.scope().agencyId(), user.scope().agencyId())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), "", rs.getLong(3),
                        OtherVisitKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
        var names = parties.findAll(rows.stream().map(Row::partyId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(PartyCard::id, PartyCard::name));
        return rows.stream().map(row -> new Row(row.id(), row.partyId(), names.getOrDefault(row.partyId(), ""),
                row.agencyId(), row.kind(), row.visitedOn(), row.purpose())).toList();
    }

    /** A party's visits since a day, as the frequency policy reads its history. */
    List<PastVisit> since(long partyId, LocalDate from) {
        return jdbc.sql("select visited_on, agency_id from inspection.other_visit where party_id = ? and visited_on >= ?")
                .params(partyId, from)
                .query((rs, n) -> new PastVisit(rs.getObject(1, LocalDate.class), rs.getLong(2),
                        VisitKind.NON_ENFORCEMENT, false))
                .list();
    }
}
