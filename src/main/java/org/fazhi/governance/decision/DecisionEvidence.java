package org.fazhi.governance.decision;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileContent;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFile;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files that prove a procedure (minutes, reports, the legality review's opinion): PDF, Word or a photo, kept in
 * the platform's file store with their SM3 digest, each owned by one recorded procedure of one decision. Whoever
 * may record the procedure may attach its files; whoever may read the decision may download them.
 */
@Service
class DecisionEvidence {

    static final String OWNER = "governance.decision-step";
    static final Acceptance FILES = Acceptance.of("file", "governance.decision.file", FileKind.PDF, FileKind.DOC,
            FileKind.DOCX, FileKind.JPEG, FileKind.PNG);

    private final MajorDecisions decisions;
    private final StoredFiles files;

    DecisionEvidence(MajorDecisions decisions, StoredFiles files) {
        this.decisions = decisions;
        this.files = files;
    }

    /** Attaches a file to a procedure already recorded. */
    StoredFile attach(SignedInUser user, long id, @Nullable DecisionStepKind kind, @Nullable MultipartFile file) {
        DecisionStepKind step = MajorDecisions.INPUT.chosen("kind", kind);
        MajorDecision d = decisions.get(user, id);
        boolean allowed = step == DecisionStepKind.LEGALITY_REVIEW ? decisions.isBureau(user)
                : decisions.isUndertaking(user, d);
        if (!allowed) {
            throw new AccessDeniedException("governance.decision.undertaking-only");
        }
        if (!d.steps().containsKey(step)) {
            throw new RuleViolation("governance.decision.refused.file-without-step", "",
                    new DefaultMessageSourceResolvable("governance.decision.step." + step));
        }
        if (file == null || file.isEmpty()) {
            throw InvalidInput.of("file", "governance.decision.file.required");
        }
        return files.store(owner(d, step), Upload.of(file), FILES, user.getUsername());
    }

    /** The decision's files by procedure. */
    Map<DecisionStepKind, List<StoredFile>> of(MajorDecision d) {
        Map<DecisionStepKind, List<StoredFile>> all = new EnumMap<>(DecisionStepKind.class);
        for (DecisionStepKind kind : d.steps().keySet()) {
            all.put(kind, files.ofOwner(owner(d, kind)));
        }
        return all;
    }

    /** A file of the decision, its digest checked; another decision's file is not found. */
    FileContent read(SignedInUser user, long id, long fileId) {
        decisions.get(user, id);
        FileContent content = files.read(OWNER, fileId);
        if (!content.file().ownerId().startsWith(id + "-")) {
            throw new NotFound(OWNER, fileId);
        }
        return content;
    }

    private static FileOwner owner(MajorDecision d, DecisionStepKind kind) {
        return FileOwner.of(OWNER, d.id() + "-" + kind.name(), d.item().county());
    }
}
