package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.fazhi.casework.CaseReference;
import org.fazhi.casework.CaseDirectory;
import org.fazhi.supervision.RecordLink;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Composes the 监督意见书 and the 监督决定书 from the county's wording ({@code supervision.letter.*} messages) and
 * renders them as .docx ({@link LetterDocx}). A document is rendered once, when its number is drawn, and kept as
 * issued.
 */
@Component
class Letters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final MessageSource messages;
    private final SupervisionNumbers numbers;
    private final SupervisedAgencies agencies;
    private final CaseDirectory cases;
    private final RoundProperties rules;

    Letters(MessageSource messages, SupervisionNumbers numbers, SupervisedAgencies agencies, CaseDirectory cases,
            RoundProperties rules) {
        this.messages = messages;
        this.numbers = numbers;
        this.agencies = agencies;
        this.cases = cases;
        this.rules = rules;
    }

    byte[] opinion(Opinion o, @Nullable SupervisionRound round, List<Finding> findings) {
        String opening = round != null
                ? text("supervision.letter.opinion.round", day(round.periodFrom()), day(round.periodTo()),
                        round.title())
                : text("supervision.letter.opinion.individual", subject(o.subject()));
        return LetterDocx.write(new Letter(issuer(o), text("supervision.letter.opinion.title"), o.number(),
                text("supervision.letter.addressee", agencies.of(o.agencyId())), List.of(opening), problems(findings),
                List.of(text("supervision.letter.opinion.deadline", day(o.deadline()))), day(o.issuedOn())));
    }

    byte[] decision(Opinion o, List<Finding> findings, LocalDate interviewOn) {
        return LetterDocx.write(new Letter(issuer(o), text("supervision.letter.decision.title"),
                String.valueOf(o.decisionNumber()), text("supervision.letter.addressee", agencies.of(o.agencyId())),
                List.of(text("supervision.letter.decision.opening", day(o.issuedOn()), o.number(), day(o.deadline())),
                        text("supervision.letter.decision.order", day(o.currentDeadline()))),
                problems(findings), List.of(text("supervision.letter.decision.interview", day(interviewOn))),
                day(o.decidedOn() == null ? o.issuedOn() : o.decidedOn())));
    }

    /** How a problem's record is named in a document: a case by its code, anything else as written. */
    String subject(@Nullable RecordLink subject) {
        if (subject == null) {
            return "";
        }
        if (subject.isCase()) {
            return cases.of(subject.id()).map(CaseReference::code)
                    .map(code -> text("supervision.letter.case", code)).orElse(subject.toString());
        }
        return subject.toString();
    }

    String agencyName(long agencyId) {
        return agencies.of(agencyId);
    }

    private List<String> problems(List<Finding> findings) {
        return findings.stream().map(f -> text("supervision.letter.problem", f.categoryName(), f.typeName(),
                f.description()) + (f.subject() == null ? "" : text("supervision.letter.problem.subject",
                subject(f.subject())))).toList();
    }

    private String issuer(Opinion o) {
        return rules.issuer().replace("{county}", numbers.countyName(o.county()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }
}
