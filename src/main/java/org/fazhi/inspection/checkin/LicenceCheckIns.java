package org.fazhi.inspection.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.ScanKind;
import org.fazhi.inspection.task.TaskRepository;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 扫照签到 (无感赋码, Shenzhen): an inspector photographs the enterprise's business-licence QR code (or types its credit
 * code) and Fazhi checks in the approved task for that party whose window includes today and which names this
 * inspector; when several do, the inspector chooses. The scan is recorded like a visit-code scan (kind LICENCE, by
 * the officer), with the phone's place and its distance from the party's registered address when shared.
 */
@Service
public class LicenceCheckIns {

    /** What a licence scan came to: the task checked in, or the tasks to choose from. */
    public record Outcome(CreditCode creditCode, @Nullable InspectionTask checkedIn, List<InspectionTask> choices,
                          @Nullable CheckInDistance distance) {
    }

    private final PartyDirectory parties;
    private final TaskRepository tasks;
    private final LocatedScans located;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LicenceCheckIns(PartyDirectory parties, TaskRepository tasks, LocatedScans located,
                    ApplicationEventPublisher events, Clock clock) {
        this.parties = parties;
        this.tasks = tasks;
        this.located = located;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome checkIn(SignedInUser user, LicenceScan scan) {
        long officerId = inspectorOf(user);
        CreditCode code = creditCode(scan);
        String field = scan.photo() != null ? "photo" : "creditCode";
        PartyCard party = parties.findByCreditCode(code.value())
                .filter(card -> user.region().county().contains(card.region()))
                .orElseThrow(() -> InvalidInput.of(field, "inspection.checkin.licence.party-unknown", code.value()));
        List<InspectionTask> open = tasks.openOn(party.id(), LocalDate.now(clock));
        List<InspectionTask> mine = open.stream().filter(task -> task.inspectors().stream()
                .anyMatch(inspector -> inspector.officerId() == officerId)).toList();
        if (mine.isEmpty()) {
            throw RuleViolation.of(open.isEmpty() ? "inspection.checkin.licence.no-task"
                    : "inspection.checkin.licence.not-inspector", party.name());
        }
        List<InspectionTask> waiting = mine.stream().filter(task -> task.status() == TaskStatus.APPROVED).toList();
        if (waiting.isEmpty()) {
            throw RuleViolation.of("inspection.checkin.licence.already", mine.get(0).code());
        }
        if (scan.taskId() == null && waiting.size() > 1) {
            return new Outcome(code, null, waiting, null);
        }
        InspectionTask task = scan.taskId() == null ? waiting.get(0) : waiting.stream()
                .filter(candidate -> candidate.id() == scan.taskId()).findFirst()
                .orElseThrow(() -> RuleViolation.of("inspection.checkin.licence.not-this-party", party.name()));
        return checkIn(user, code, task, scan);
    }

    private Outcome checkIn(SignedInUser user, CreditCode code, InspectionTask task, LicenceScan scan) {
        boolean checkedIn = tasks.checkIn(task.id());
        if (!checkedIn) {
            throw RuleViolation.of("inspection.checkin.licence.already", task.code());
        }
        long scanId = tasks.recordScan(task.id(), ScanKind.LICENCE, "GENUINE", true, user.accountId(),
                scan.address());
        events.publishEvent(DataChanged.updated("inspection.task", task.id(), task.county(),
                List.of("status", "checkedInAt")));
        CheckInDistance distance = scan.location() == null ? null : located.record(scanId, task, scan.location());
        return new Outcome(code, tasks.find(task.id()).orElseThrow(), List.of(), distance);
    }

    /** Only an officer checks in, as one of the inspectors: the account must name the officer it belongs to. */
    private static long inspectorOf(SignedInUser user) {
        if (!user.hasRole(Role.OFFICER)) {
            throw new AccessDeniedException("an inspector checks a visit in by the licence");
        }
        Long officerId = user.officerId();
        if (officerId == null) {
            throw RuleViolation.of("inspection.checkin.licence.account-unlinked");
        }
        return officerId;
    }

    /** The credit code read from the photo's QR code, or as typed. */
    private static CreditCode creditCode(LicenceScan scan) {
        byte[] photo = scan.photo();
        if (photo != null) {
            String content = LicenceQr.read(photo)
                    .orElseThrow(() -> InvalidInput.of("photo", "inspection.checkin.licence.unreadable"));
            return CreditCode.findIn(content)
                    .orElseThrow(() -> InvalidInput.of("photo", "inspection.checkin.licence.no-code"));
        }
        String typed = scan.creditCode() == null ? "" : scan.creditCode().strip();
        if (typed.isEmpty()) {
            throw InvalidInput.of("photo", "inspection.checkin.licence.required");
        }
        Optional<String> problem = CreditCode.validate(typed);
        if (problem.isPresent()) {
            throw InvalidInput.of("creditCode", problem.get());
        }
        return CreditCode.of(typed);
    }
}
