package org.fazhi.casework.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.Outcome;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileContent;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFile;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Photos, PDF, recordings and videos as evidence of a case: kept by the shared file store as files of the case
 * ({@code casework.case} and its id), accepted only if their bytes are of a kind evidence may be and within the
 * limits, with the SM3 digest of what was received; read back only while they still have it.
 */
@Service
public class EvidenceFiles {

    static final String OWNER_TYPE = "casework.case";
    static final String RECORD_TYPE = "casework.evidence_file";

    /** What the officer says of the file: which kind of evidence it is (else told by its type), its title. */
    public record FileInput(@Nullable EvidenceKind kind, @Nullable String title, @Nullable String description) {
    }

    /** The file kept, and the case's version after it. */
    public record Added(EvidenceFile file, int caseVersion) {
    }

    /** A file as checked against its digest now: intact, altered or missing, or not checked (too large to read). */
    public enum Integrity { INTACT, ALTERED, MISSING, NOT_CHECKED }

    private final EvidenceSteps steps;
    private final EvidenceRecordRepository evidence;
    private final EvidenceFileRepository repository;
    private final StoredFiles files;
    private final EvidenceProperties limits;

    EvidenceFiles(EvidenceSteps steps, EvidenceRecordRepository evidence, EvidenceFileRepository repository,
                  StoredFiles files, EvidenceProperties limits) {
        this.steps = steps;
        this.evidence = evidence;
        this.repository = repository;
        this.files = files;
        this.limits = limits;
    }

    /** Keeps the file as a piece of evidence; a retry with the same request key returns the first one. */
    public Added add(SignedInUser user, long caseId, CaseSteps.Request request, FileInput input,
                     @Nullable Upload upload) {
        List<FieldProblem> problems = new ArrayList<>();
        if (upload == null) {
            problems.add(FieldProblem.of("file", "casework.evidence.file.required"));
        }
        if (input.title() != null && input.title().strip().length() > RecordChecks.SHORT * 2) {
            problems.add(FieldProblem.of("title", "casework.evidence.record.too-long", RecordChecks.SHORT * 2));
        }
        if (input.description() != null && input.description().strip().length() > RecordChecks.LONG) {
            problems.add(FieldProblem.of("description", "casework.evidence.record.too-long", RecordChecks.LONG));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String title = blank(input.title()) ? upload.name() : input.title().strip();
        Outcome outcome = steps.add(user, caseId, request, title, (c, now) -> {
            StoredFile stored = files.store(owner(c), upload, acceptance(), user.getUsername());
            Evidence piece = new Evidence(0, input.kind() != null ? input.kind() : kindOf(stored.kind()),
                    blank(input.title()) ? stored.name() : title, blank(input.description()) ? null
                    : input.description().strip(), steps.today(), user.getUsername(), now);
            long evidenceId = evidence.insertEvidence(c.id(), piece, now);
            repository.insert(c.id(), evidenceId, stored, request.key(), user.getUsername(), now);
            return new Evidence(evidenceId, piece.kind(), piece.title(), piece.description(), piece.collectedOn(),
                    piece.recordedBy(), now);
        });
        long id = repository.byRequestKey(caseId, request.key())
                .orElseThrow(() -> new NotFound(RECORD_TYPE, request.key()));
        return new Added(ofCase(user, caseId).stream().filter(file -> file.id() == id).findFirst().orElseThrow(),
                outcome.version());
    }

    public List<EvidenceFile> ofCase(SignedInUser user, long caseId) {
        return repository.ofCase(caseId, owner(steps.visible(user, caseId)));
    }

    public EvidenceFile get(SignedInUser user, long caseId, long id) {
        return ofCase(user, caseId).stream().filter(file -> file.id() == id).findFirst()
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The file's bytes, once they are found to have their digest (else refused, and reported to the audit trail). */
    public FileContent content(SignedInUser user, long caseId, long id) {
        PenaltyCase c = steps.visible(user, caseId);
        long stored = repository.storedFileOf(c.id(), id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        return files.read(OWNER_TYPE, stored);
    }

    /** Each file checked against its digest now, by id; files above the page's limit are left to the full check. */
    public Map<Long, Integrity> integrity(List<EvidenceFile> evidenceFiles) {
        Map<Long, Integrity> checked = new LinkedHashMap<>();
        for (EvidenceFile file : evidenceFiles) {
            checked.put(file.id(), file.file().sizeBytes() > limits.checkOnPageUpTo().toBytes() ? Integrity.NOT_CHECKED
                    : files.check(OWNER_TYPE, file.file().id()).map(problem -> Integrity.valueOf(problem.name()))
                    .orElse(Integrity.INTACT));
        }
        return checked;
    }

    private Acceptance acceptance() {
        return new Acceptance("file", "casework.evidence.file", limits.kinds(), limits.maxSize().toBytes());
    }

    static FileOwner owner(PenaltyCase c) {
        return FileOwner.of(OWNER_TYPE, c.id(), c.county());
    }

    /** Photos, recordings and videos are 视听资料; a PDF (a scanned document) is 书证. */
    private static EvidenceKind kindOf(FileKind kind) {
        return kind.category() == FileKind.Category.DOCUMENT ? EvidenceKind.DOCUMENTARY : EvidenceKind.AUDIO_VISUAL;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
