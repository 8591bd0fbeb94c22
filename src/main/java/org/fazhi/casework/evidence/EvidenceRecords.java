package org.fazhi.casework.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.Outcome;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.IdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 现场检查笔录, 询问笔录 and 勘验笔录 of a case: written during the investigation by at least two of its handlers, each
 * shown with the certificate number the registry has for him or her that day, and read back by whoever may see the
 * case. Each is a piece of evidence added as a step of the case ({@link EvidenceSteps}).
 */
@Service
public class EvidenceRecords {

    static final String RECORD_TYPE = "casework.evidence_record";

    /** The record written, and the case's version after it (for the next step). */
    public record Recorded(EvidenceRecord record, int caseVersion) {
    }

    private final EvidenceSteps steps;
    private final EvidenceRecordRepository repository;
    private final CertifiedOfficers certified;
    private final OfficerOptions officers;
    private final FieldCipher cipher;
    private final MessageSource messages;
    private final ZoneId zone;

    EvidenceRecords(EvidenceSteps steps, EvidenceRecordRepository repository, CertifiedOfficers certified,
                    OfficerOptions officers, FieldCipher cipher, MessageSource messages, java.time.Clock clock) {
        this.steps = steps;
        this.repository = repository;
        this.certified = certified;
        this.officers = officers;
        this.cipher = cipher;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** Writes the record after checking every field; a retry with the same request key returns the first one. */
    public Recorded record(SignedInUser user, long caseId, CaseSteps.Request request, RecordInput input) {
        List<InvalidInput.FieldProblem> problems = RecordChecks.of(input, LocalDateTime.ofInstant(steps.now(), zone));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        RecordInput kept = input.forItsKind();
        String title = messages.getMessage("casework.evidence.record.title", new Object[] {kept.kind(),
                kept.place().strip()}, Locale.SIMPLIFIED_CHINESE);
        Outcome outcome = steps.add(user, caseId, request, title, (c, now) -> {
            Evidence evidence = new Evidence(0, kept.kind().evidenceKind(kept.relation()), title, null,
                    kept.endedAt().toLocalDate(), user.getUsername(), now);
            long evidenceId = repository.insertEvidence(c.id(), evidence, now);
            repository.insert(new EvidenceRecordRepository.NewRecord(c.id(), evidenceId, c.county(), request.key(),
                    kept, present(c, kept.officers(), LocalDate.ofInstant(now, zone)), instant(kept.startedAt()),
                    instant(kept.endedAt()), kept.idNumber() == null ? null : cipher.encrypt(kept.idNumber().strip()),
                    masked(kept), user.getUsername(), now));
            return new Evidence(evidenceId, evidence.kind(), title, null, evidence.collectedOn(),
                    evidence.recordedBy(), now);
        });
        long id = repository.byRequestKey(caseId, request.key())
                .orElseThrow(() -> new NotFound(RECORD_TYPE, request.key()));
        return new Recorded(get(user, caseId, id), outcome.version());
    }

    public List<EvidenceRecord> ofCase(SignedInUser user, long caseId) {
        return repository.ofCase(steps.visible(user, caseId).id());
    }

    public EvidenceRecord get(SignedInUser user, long caseId, long id) {
        return repository.find(steps.visible(user, caseId).id(), id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The case's handlers as a record would show them today: the officers who may be present. */
    public List<EvidenceRecord.PresentOfficer> handlers(SignedInUser user, long caseId) {
        PenaltyCase c = steps.visible(user, caseId);
        return shown(c, c.investigation().handlerIds(), steps.today());
    }

    /** The officers present: only the case's handlers (第四十二条); an officer who is not is named beside the field. */
    private List<EvidenceRecord.PresentOfficer> present(PenaltyCase c, List<Long> ids, LocalDate day) {
        List<Long> handlers = c.investigation().handlerIds();
        List<InvalidInput.FieldProblem> strangers = ids.stream().filter(id -> !handlers.contains(id))
                .map(id -> InvalidInput.FieldProblem.of("officerIds", "casework.evidence.record.officers.not-handler",
                        officers.find(id).map(OfficerOptions.Option::name).orElse(String.valueOf(id)))).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidInput(strangers);
        }
        return shown(c, ids, day);
    }

    /**
     * Each officer with the certificate the registry knows for him or her on the day; an uncertified one shows none,
     * and the procedure's rule then refuses the step.
     */
    private List<EvidenceRecord.PresentOfficer> shown(PenaltyCase c, List<Long> ids, LocalDate day) {
        Map<Long, CertifiedOfficer> roster = certified.roster(List.of(c.agencyId()), day).stream()
                .collect(Collectors.toMap(CertifiedOfficer::officerId, Function.identity()));
        return ids.stream().map(id -> roster.containsKey(id)
                ? new EvidenceRecord.PresentOfficer(id, roster.get(id).name(), roster.get(id).certificateNumber())
                : new EvidenceRecord.PresentOfficer(id, officers.find(id).map(OfficerOptions.Option::name)
                        .orElse(String.valueOf(id)), "")).toList();
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    /** A resident ID as the registry masks it; other documents keep their first and last two characters. */
    private static @Nullable String masked(RecordInput input) {
        if (input.idNumber() == null) {
            return null;
        }
        String number = input.idNumber().strip();
        if (input.idKind() == RecordInput.IdKind.RESIDENT_ID) {
            return IdNumber.of(number).masked();
        }
        return number.length() <= 4 ? "*".repeat(number.length())
                : number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }
}
