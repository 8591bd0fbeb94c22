package org.fazhi.governance.decision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.platform.files.StoredFile;
import org.jspecify.annotations.Nullable;

/**
 * A major decision as the API and the detail page show it: each of the five procedures (required or not, done or
 * not), the procedures still missing for a decision today, the outcome, and the steps the caller may take now.
 */
public record DecisionView(long id, int year, String title, long agencyId, String agencyName, DecisionState state,
                           List<Procedure> procedures, List<DecisionStepKind> missing,
                           MajorDecision.Outcome outcome, List<String> steps) {

    /** One procedure: whether the county requires it, and when and how it was done. */
    public record Procedure(DecisionStepKind kind, boolean required, @Nullable LocalDate on,
                            @Nullable String evidence, @Nullable String recordedBy, List<Attachment> files) {
    }

    /** A file attached to a procedure, with its SM3 digest. */
    public record Attachment(long id, String name, long sizeBytes, String sm3) {
    }

    static DecisionView of(MajorDecision d, int year, String agencyName, Set<DecisionStepKind> required,
                           Map<DecisionStepKind, List<StoredFile>> files, LocalDate today, boolean undertaking,
                           boolean bureau) {
        List<Procedure> procedures = Arrays.stream(DecisionStepKind.values()).map(kind -> {
            MajorDecision.Step step = d.steps().get(kind);
            return new Procedure(kind, required.contains(kind), step == null ? null : step.on(),
                    step == null ? null : step.evidence(), step == null ? null : step.recordedBy(),
                    files.getOrDefault(kind, List.of()).stream().map(f -> new Attachment(f.id(), f.name(),
                            f.sizeBytes(), f.sm3())).toList());
        }).toList();
        List<DecisionStepKind> missing = d.state() == DecisionState.PLANNED ? d.missing(required, today) : List.of();
        return new DecisionView(d.id(), year, d.item().title(), d.item().agencyId(), agencyName, d.state(),
                procedures, missing, d.outcome(), steps(d, undertaking, bureau));
    }

    /** Open steps: the procedures not yet done (the legality review only to the bureau), then decide, evaluate. */
    static List<String> steps(MajorDecision d, boolean undertaking, boolean bureau) {
        return switch (d.state()) {
            case PLANNED -> {
                boolean open = Arrays.stream(DecisionStepKind.values()).anyMatch(kind -> !d.steps().containsKey(kind)
                        && (kind == DecisionStepKind.LEGALITY_REVIEW ? bureau : undertaking));
                yield undertaking ? (open ? List.of("steps", "decision") : List.of("decision"))
                        : (open ? List.of("steps") : List.of());
            }
            case DECIDED -> undertaking ? List.of("evaluation") : List.of();
            case EVALUATED -> List.of();
        };
    }
}
