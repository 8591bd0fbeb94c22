package org.fazhi.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.visit.QrCodes;
import org.fazhi.inspection.visit.VisitCheck;
import org.fazhi.inspection.visit.VisitCodes;
import org.fazhi.inspection.visit.VisitPass;
import org.fazhi.platform.FieldCipher;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.registry.CertifiedOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 扫码入企: the visit code of an approved task, and what scanning it shows — whether the visit is genuine, which
 * agencies and officers (with their certificates' standing today), which items on which legal basis, which window.
 * Every scan is recorded; the first genuine scan checks the visit in.
 */
@Service
public class Visits {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** An inspector as the enterprise sees him or her: certificate number and whether it is valid today. */
    public record Inspector(String name, String certificateNumber, boolean certifiedToday,
                            @Nullable LocalDate certificateExpiresOn) {
    }

    /** One cited item with its legal basis. */
    public record Item(String code, String name, List<String> legalBases) {
    }

    /**
     * What a scan shows; {@code task} and the rest are present only for a genuine code. {@code scanId} names the
     * recorded scan, to which the enterprise's phone may then add where it is (亮码即定位).
     */
    public record Scan(long scanId, VisitCheck.Outcome outcome, @Nullable InspectionTask task,
                       @Nullable PartyCard party, List<String> agencies, List<Inspector> inspectors, List<Item> items) {
    }

    /** One recorded scan of a task's code: when, what it showed, and whether a signed-in account scanned it. */
    public record Scanned(java.time.Instant at, VisitCheck.Outcome outcome, boolean signedIn) {
    }

    private final TaskRepository tasks;
    private final VisitCodes codes;
    private final PartyDirectory parties;
    private final AgencyDirectory agencies;
    private final CertifiedOfficers officers;
    private final ItemCatalog items;
    private final Clock clock;

    Visits(TaskRepository tasks, FieldCipher cipher, PartyDirectory parties, AgencyDirectory agencies,
           CertifiedOfficers officers, ItemCatalog items, Clock clock) {
        this.tasks = tasks;
        this.codes = new VisitCodes(cipher.signingKey("inspection-visit"), clock);
        this.parties = parties;
        this.agencies = agencies;
        this.officers = officers;
        this.items = items;
        this.clock = clock;
    }

    /** The code officers show, while the task may be carried out; it expires at the end of the window. */
    public Optional<String> codeOf(InspectionTask task) {
        if (!task.hasValidCode()) {
            return Optional.empty();
        }
        VisitPass pass = new VisitPass(task.id(), task.codeVersion(), task.windowFrom(), task.windowTo(),
                task.windowTo().plusDays(1).atStartOfDay(BEIJING).toInstant());
        return Optional.of(codes.issue(pass));
    }

    public Optional<String> qrCodeOf(InspectionTask task, String baseUrl) {
        return codeOf(task).map(code -> QrCodes.svg(baseUrl + "/visit/" + code));
    }

    /** The scans of a task's codes, newest first: the supervisors see attempts with revoked or expired codes too. */
    public List<Scanned> scansOf(InspectionTask task) {
        return tasks.scans(task.id());
    }

    @Transactional
    public Scan scan(String token, @Nullable SignedInUser user, @Nullable String address) {
        VisitCheck check = codes.check(token, tasks::codeVersion);
        InspectionTask task = check.pass() == null ? null : tasks.find(check.pass().taskId()).orElse(null);
        VisitCheck.Outcome outcome = check.outcome();
        if (outcome == VisitCheck.Outcome.GENUINE && (task == null || !task.hasValidCode())) {
            outcome = VisitCheck.Outcome.REVOKED;
        }
        boolean genuine = outcome == VisitCheck.Outcome.GENUINE && task != null;
        boolean checkedIn = genuine && tasks.checkIn(task.id());
        long scanId = tasks.recordScan(task == null ? null : task.id(), ScanKind.VISIT_CODE, outcome.name(), checkedIn,
                user == null ? null : user.accountId(), address);
        if (!genuine) {
            return new Scan(scanId, outcome, null, null, List.of(), List.of(), List.of());
        }
        return shown(scanId, tasks.find(task.id()).orElseThrow());
    }

    /** The task of a genuine code that still works, without recording a scan: for adding a location to one. */
    public Optional<InspectionTask> taskOf(String token) {
        VisitCheck check = codes.check(token, tasks::codeVersion);
        if (check.outcome() != VisitCheck.Outcome.GENUINE || check.pass() == null) {
            return Optional.empty();
        }
        return tasks.find(check.pass().taskId()).filter(InspectionTask::hasValidCode);
    }

    private Scan shown(long scanId, InspectionTask task) {
        LocalDate today = LocalDate.now(clock);
        // One roster query for the team's agencies instead of an eligibility check per inspector.
        Map<Long, CertifiedOfficer> certified = officers.roster(task.inspectors().stream()
                        .map(TaskInspector::agencyId).distinct().toList(), today).stream()
                .collect(Collectors.toMap(CertifiedOfficer::officerId, Function.identity()));
        List<Inspector> team = task.inspectors().stream().map(inspector -> {
            CertifiedOfficer officer = certified.get(inspector.officerId());
            return new Inspector(inspector.name(), inspector.certificateNumber(), officer != null,
                    officer == null ? null : officer.certificateExpiresOn());
        }).toList();
        List<Item> cited = task.itemIds().stream().map(items::find).flatMap(Optional::stream)
                .map((ItemSummary item) -> new Item(item.code(), item.name(), items.legalBases(item.id()))).toList();
        return new Scan(scanId, VisitCheck.Outcome.GENUINE, task, parties.find(task.partyId()).orElse(null),
                task.agencyIds().stream().map(id -> agencies.nameOf(id).orElse("")).toList(), team, cited);
    }
}
