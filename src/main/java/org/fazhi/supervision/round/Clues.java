package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 问题线索移交纪委: a supervisor passes a finding to the county's discipline inspection commission (once per finding)
 * and later records what it did: persons given 党纪政务处分 and 组织处理 (the figures the annual report gives).
 */
@Service
class Clues {

    static final String RECORD_TYPE = "supervision.discipline_clue";

    /** The commission's answer. */
    record Outcome(@Nullable Integer personsDisciplined, @Nullable Integer personsOrganisational,
                   @Nullable String note) {
    }

    private final FindingRepository findings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Clues(FindingRepository findings, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    Finding transfer(SignedInUser user, long findingId) {
        Finding finding = visible(user, findingId);
        Callers.requireSupervisor(user);
        int inserted = jdbc.sql("""
                insert into supervision.discipline_clue (region_code, finding_id, agency_id, transferred_on,
                       transferred_by)
                values (?, ?, ?, ?, ?) on conflict (finding_id) do nothing""")
                .params(finding.county().value(), findingId, finding.agencyId(), LocalDate.now(clock),
                        user.getUsername()).update();
        if (inserted == 0) {
            throw RuleViolation.of("supervision.clue.already");
        }
        events.publishEvent(DataChanged.created(RECORD_TYPE, findingId, finding.county(), List.of("transferredOn")));
        return findings.find(findingId).orElseThrow();
    }

    Finding recordOutcome(SignedInUser user, long findingId, Outcome outcome) {
        Finding finding = visible(user, findingId);
        Callers.requireSupervisor(user);
        if (finding.clue() == null) {
            throw RuleViolation.of("supervision.clue.none");
        }
        if (outcome.personsDisciplined() == null || outcome.personsDisciplined() < 0
                || outcome.personsDisciplined() > 999) {
            throw InvalidInput.of("personsDisciplined", "supervision.clue.persons.invalid");
        }
        if (outcome.personsOrganisational() == null || outcome.personsOrganisational() < 0
                || outcome.personsOrganisational() > 999) {
            throw InvalidInput.of("personsOrganisational", "supervision.clue.persons.invalid");
        }
        if (outcome.note() != null && outcome.note().length() > 2000) {
            throw InvalidInput.of("note", "supervision.clue.note.length");
        }
        jdbc.sql("""
                update supervision.discipline_clue set outcome_on = ?, persons_disciplined = ?,
                       persons_organisational = ?, outcome_note = ?
                 where finding_id = ?""")
                .params(LocalDate.now(clock), outcome.personsDisciplined(), outcome.personsOrganisational(),
                        outcome.note() == null ? null : outcome.note().strip(), findingId).update();
        events.publishEvent(DataChanged.updated(RECORD_TYPE, findingId, finding.county(), List.of("outcome")));
        return findings.find(findingId).orElseThrow();
    }

    Finding get(SignedInUser user, long findingId) {
        return visible(user, findingId);
    }

    private Finding visible(SignedInUser user, long findingId) {
        Callers.requireReader(user);
        return findings.find(findingId).filter(f -> Callers.sees(user, f.county(), f.agencyId()))
                .orElseThrow(() -> new NotFound(FindingBook.RECORD_TYPE, findingId));
    }
}
