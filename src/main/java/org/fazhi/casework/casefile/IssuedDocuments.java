package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.casework.document.AgencyAbbreviations;
import org.fazhi.casework.document.CaseDocuments;
import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.document.DocumentFields;
import org.fazhi.casework.document.DocumentNumbers;
import org.fazhi.casework.document.FieldsSnapshot;
import org.fazhi.casework.document.TemplateVersion;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileContent;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFile;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.fazhi.casework.document.DocumentKind.*;

/**
 * The documents the steps of a case issue (执法文书). The step, in its transaction, numbers each document and fixes
 * what it says: the values of its placeholders, taken from the case as it stands after the step, and the version of
 * the template it is printed from (kept by its SM3); a step that rolls back gives its numbers back. The .docx is
 * rendered from those when the document is first listed or read, then kept as issued (the file store, owner
 * {@code casework.case}, with its SM3) and never rendered again. Rendering is most of what a step would otherwise
 * cost (docs/benchmarks.md), and a county's later template changes nothing issued either way.
 * The 立案审批表's number is the case number, the decision's number the decision number; both are kept on the case.
 */
@Component
class IssuedDocuments {

    private static final Acceptance DOCX = Acceptance.of("document", "files", FileKind.DOCX);

    private final CaseDocuments documents;
    private final DocumentNumbers numbers;
    private final AgencyAbbreviations abbreviations;
    private final CaseDocumentFields fields;
    private final IssuedDocumentRepository repository;
    private final StoredFiles files;
    private final CaseRepository cases;
    private final KeptTemplates templates;
    private final TransactionTemplate printing;

    IssuedDocuments(CaseDocuments documents, DocumentNumbers numbers, AgencyAbbreviations abbreviations,
                    CaseDocumentFields fields, IssuedDocumentRepository repository, StoredFiles files,
                    CaseRepository cases, KeptTemplates templates, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.numbers = numbers;
        this.abbreviations = abbreviations;
        this.fields = fields;
        this.repository = repository;
        this.files = files;
        this.cases = cases;
        this.templates = templates;
        this.printing = new TransactionTemplate(transactions);
        this.printing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Which step issues which document: 立案 the 立案审批表; 告知 the 事先告知书, or the 听证告知书 (which says all the
     * 事先告知书 says and adds the hearing rights) where 第六十三条 gives them; 听证通知 the 听证通知书; 决定 the
     * 行政处罚决定书 or 不予行政处罚决定书 (none for a transfer to the judicial organs); 当场处罚 the 当场行政处罚决定书;
     * 送达 the 送达回证; 催告 the 催告书; 结案 the 结案审批表; 延长办案期限 the 延长办案期限审批表 (kept on
     * file, not sent: 第六十条 asks for the head's approval, not for telling the party).
     */
    static List<DocumentKind> issuedBy(Transition transition, PenaltyCase after) {
        return switch (transition) {
            case FILE -> List.of(FILING_APPROVAL);
            case NOTIFY -> List.of(after.notice().hearingRights() ? HEARING_RIGHTS_NOTICE : PRIOR_NOTICE);
            case SCHEDULE_HEARING -> List.of(HEARING_NOTICE);
            case DECIDE -> decision(after.decision().decided());
            case DECIDE_ON_THE_SPOT -> List.of(ON_THE_SPOT_DECISION);
            case DELIVER -> List.of(SERVICE_RECEIPT);
            case SEND_REMINDER -> List.of(PAYMENT_REMINDER);
            case CLOSE -> List.of(CLOSING_APPROVAL);
            case EXTEND_DEADLINE -> List.of(CASE_EXTENSION_APPROVAL);
            default -> List.of();
        };
    }

    /** Issues the documents of the step just taken; runs in the step's transaction. */
    void issue(Transition transition, PenaltyCase after, LocalDate today, String issuedBy, @Nullable String note) {
        for (DocumentKind kind : issuedBy(transition, after)) {
            IssuedDocumentRepository.CaseNumbers known = repository.numbers(after.id());
            String number = numbers.next(after.agencyId(), abbreviations.of(after.agencyId()), today.getYear(), kind)
                    .text();
            if (kind == FILING_APPROVAL) {
                repository.setCaseNumber(after.id(), number);
                known = new IssuedDocumentRepository.CaseNumbers(number, known.decisionNumber());
            } else if (kind == PENALTY_DECISION || kind == NO_PENALTY_DECISION || kind == ON_THE_SPOT_DECISION) {
                repository.setDecisionNumber(after.id(), number);
                known = new IssuedDocumentRepository.CaseNumbers(known.caseNumber(), number);
            }
            DocumentFields says = fields.of(after, new CaseDocumentFields.Issue(kind, number, today,
                    known.caseNumber(), known.decisionNumber(), note));
            TemplateVersion template = documents.template(kind);
            templates.keep(template);
            repository.insert(after.id(), kind, transition, number, today, FieldsSnapshot.toJson(says),
                    template.sm3(), issuedBy);
        }
    }

    /** The case's documents, oldest first, if the user may see the case. */
    List<IssuedDocument> of(SignedInUser user, long caseId) {
        PenaltyCase c = visible(user, caseId);
        repository.ofCase(c.id()).stream().filter(row -> row.fileId() == null).forEach(row -> print(c, row.id()));
        Map<Long, StoredFile> stored = files.ofOwner(FileOwner.of(CaseRepository.RECORD_TYPE, c.id(), c.county()))
                .stream().collect(Collectors.toMap(StoredFile::id, Function.identity()));
        return repository.ofCase(c.id()).stream().filter(row -> stored.containsKey(row.fileId()))
                .map(row -> document(row, stored.get(row.fileId()))).toList();
    }

    /** One document's file, its digest checked by the store, if the user may see the case. */
    FileContent read(SignedInUser user, long caseId, long documentId) {
        PenaltyCase c = visible(user, caseId);
        IssuedDocumentRepository.Row row = repository.find(c.id(), documentId)
                .orElseThrow(() -> new NotFound("casework.case_document", documentId));
        long fileId = row.fileId() != null ? row.fileId() : print(c, row.id());
        return files.read(CaseRepository.RECORD_TYPE, fileId);
    }

    /**
     * Renders a document from what it says and its template version, and keeps the file, attributed to whoever
     * issued it; in a transaction of its own, the row locked, so that two first readers render it once.
     */
    private long print(PenaltyCase c, long documentId) {
        return Objects.requireNonNull(printing.execute(status -> {
            IssuedDocumentRepository.Row row = repository.lock(documentId);
            if (row.fileId() != null) {
                return row.fileId();
            }
            byte[] docx = documents.render(templates.version(Objects.requireNonNull(row.templateSm3())),
                    FieldsSnapshot.fromJson(Objects.requireNonNull(row.fields())));
            StoredFile file = files.store(FileOwner.of(CaseRepository.RECORD_TYPE, c.id(), c.county()),
                    Upload.of(row.kind().fileName(), docx), DOCX, row.issuedBy());
            repository.setFile(row.id(), file.id());
            return file.id();
        }));
    }

    /** As {@link CaseSteps#visible}: the case's agency, or the county above it; never an enterprise. */
    private PenaltyCase visible(SignedInUser user, long caseId) {
        PenaltyCases.requireStaff(user);
        return cases.find(caseId).filter(c -> CaseSteps.sees(user, c))
                .orElseThrow(() -> new NotFound(CaseRepository.RECORD_TYPE, caseId));
    }

    IssuedDocumentRepository.CaseNumbers numbers(long caseId) {
        return repository.numbers(caseId);
    }

    private static List<DocumentKind> decision(@Nullable Proposal decided) {
        if (decided == null || decided.kind() == org.fazhi.casework.DecisionKind.TRANSFERRED) {
            return List.of();
        }
        return List.of(decided.kind().imposesPenalty() ? PENALTY_DECISION : NO_PENALTY_DECISION);
    }

    private static IssuedDocument document(IssuedDocumentRepository.Row row, StoredFile file) {
        return new IssuedDocument(row.id(), row.caseId(), row.kind(), row.kind().title(), row.transition(),
                row.number(), row.issuedOn(), row.fileId(), file.name(), file.sizeBytes(), file.sm3(),
                row.issuedBy());
    }
}
