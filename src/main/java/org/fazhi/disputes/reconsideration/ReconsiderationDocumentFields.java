package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.jspecify.annotations.Nullable;

/**
 * What each placeholder of the reconsideration documents says of a case. A value the case does not hold yet is left
 * out, so the document shows a blank to fill in by hand. {@code label} turns a message key into its Chinese text.
 */
final class ReconsiderationDocumentFields {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Map<String, String> values = new HashMap<>();

    private ReconsiderationDocumentFields() {
    }

    static Map<String, String> of(ReconsiderationCase c, ReconsiderationDocumentKind kind, String bodyName,
                                  String respondent, Function<String, String> label) {
        ReconsiderationDocumentFields f = new ReconsiderationDocumentFields();
        ReconsiderationCase.Application a = c.application();
        ReconsiderationCase.Progress p = c.progress();
        f.put("机关名称", bodyName);
        f.put("文书编号", c.number());
        f.put("申请人", a.applicant().name());
        f.put("被申请人", respondent);
        f.put("行政行为", a.act());
        f.day("收到日期", a.receivedOn());
        f.day("受理日期", p.acceptedOn());
        f.put("审理程序", p.procedure() == null ? null : label.apply("disputes.reconsideration.procedure."
                + p.procedure()));
        f.put("审理方式", p.hearingMode() == null ? null : label.apply("disputes.reconsideration.hearing."
                + p.hearingMode()));
        f.put("不予受理理由", p.refusalReason());
        f.put("补正事项", p.correctionItems());
        f.day("补正期限", due(c, DeadlineKind.CORRECTION));
        f.day("答复期限", due(c, DeadlineKind.ANSWER));
        f.day("决定期限", due(c, DeadlineKind.DECISION));
        f.day("听证日期", p.hearingOn());
        f.put("决定理由", p.conclusionNote());
        f.put("调解内容", p.conclusionNote());
        ReconsiderationOutcome outcome = p.outcome();
        if (outcome != null) {
            f.put("决定种类", label.apply("disputes.reconsideration.document.ruling." + outcome));
            f.put("决定依据", label.apply("disputes.reconsideration.document.article." + outcome));
        }
        f.day("日期", issuedOn(c, kind));
        return Map.copyOf(f.values);
    }

    /** The day the document bears: the day of the step it records. */
    static @Nullable LocalDate issuedOn(ReconsiderationCase c, ReconsiderationDocumentKind kind) {
        ReconsiderationCase.Progress p = c.progress();
        return switch (kind) {
            case ACCEPTANCE_NOTICE -> p.acceptedOn();
            case NON_ACCEPTANCE_DECISION -> p.concludedOn();
            case CORRECTION_NOTICE -> started(c, DeadlineKind.CORRECTION);
            case ANSWER_NOTICE -> p.copiedOn();
            case HEARING_NOTICE -> p.hearingNoticeOn();
            case DECISION, MEDIATION_STATEMENT -> p.concludedOn();
        };
    }

    /** The last day of the latest limit of this kind (a correction restarts the examination, for instance). */
    private static @Nullable LocalDate due(ReconsiderationCase c, DeadlineKind kind) {
        return c.deadlines().stream().filter(d -> d.kind() == kind).reduce((first, last) -> last)
                .map(ReconsiderationDeadline::dueOn).orElse(null);
    }

    private static @Nullable LocalDate started(ReconsiderationCase c, DeadlineKind kind) {
        return c.deadlines().stream().filter(d -> d.kind() == kind).reduce((first, last) -> last)
                .map(ReconsiderationDeadline::startedOn).orElse(null);
    }

    private void day(String name, @Nullable LocalDate day) {
        put(name, day == null ? null : DAY.format(day));
    }

    private void put(String name, @Nullable String value) {
        if (value != null) {
            values.put(name, Objects.requireNonNull(value));
        }
    }
}
