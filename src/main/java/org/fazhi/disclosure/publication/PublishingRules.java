package org.fazhi.disclosure.publication;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.DecisionText;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.disclosure.redaction.Redaction;
import org.fazhi.disclosure.redaction.RedactionContext;
import org.fazhi.shared.Money;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.stereotype.Component;

/**
 * What the county's publication rules ({@link DisclosureProperties}) make of one decision, for writers outside this
 * package (the province generator writes a county's history in bulk): whether it is published, when it is due, how
 * long it stays, and its text redacted by the real {@link Redaction}, as the columns of {@code disclosure.publication}
 * hold them. {@link Publications#register} writes what {@link #pending} makes of a decision, so the two never differ.
 */
@Component
public class PublishingRules {

    /**
     * A publication as first written (PENDING), its sections and spans as jsonb text.
     *
     * @param period how long it stays on the portal once published
     */
    public record Draft(DecisionText decision, LocalDate dueOn, boolean dueProvisional, boolean minor, String penalties,
                        String items, String sectionsJson, String originalText, String spansJson, String redactedText,
                        int redactions, Period period) {
    }

    private static final Set<PenaltyKind> MINOR = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE);
    private static final Set<DecisionKind> NO_PENALTY = EnumSet.of(DecisionKind.NO_PENALTY,
            DecisionKind.FIRST_OFFENCE_WAIVED, DecisionKind.FACTS_UNPROVEN);

    private final DisclosureProperties rules;
    private final WorkdayCalendar calendar = WorkdayCalendar.china();

    PublishingRules(DisclosureProperties rules) {
        this.rules = rules;
    }

    public boolean mustPublish(DecisionText text) {
        if (text.onTheSpot() && !rules.publishSimpleProcedure()) {
            return false;
        }
        return text.kind().imposesPenalty() || rules.publishNoPenalty() && NO_PENALTY.contains(text.kind());
    }

    /** The pending publication of a decision that must be published; empty for one that is not. */
    public Optional<Draft> draft(DecisionText text) {
        return pending(text).map(p -> new Draft(text, p.dueOn(), p.dueProvisional(), p.decision().minor(),
                p.decision().penalties(), p.decision().items(), PublicationJson.sections(text.sections()),
                p.redaction().text(), PublicationJson.spans(p.redaction().spans()), p.redaction().apply(),
                p.redaction().spans().size(), periodFor(p.decision().minor())));
    }

    /** The same, as the legal office's {@link Publications#register} writes it one decision at a time. */
    Optional<Publication> pending(DecisionText text) {
        if (!mustPublish(text)) {
            return Optional.empty();
        }
        WorkdayCalendar.Deadline due = calendar.deadlineAfterWorkingDays(text.decidedOn(),
                rules.publishWithinWorkingDays());
        Publication.Decision decision = new Publication.Decision(text.caseId(), text.decisionNumber(),
                text.agencyId(), text.county(), text.decidedOn(), text.kind().name(), text.partyName(),
                text.naturalPerson(), isMinor(text), text.penalties().stream().map(Enum::name)
                .collect(Collectors.joining(",")), text.fine().fen(), String.join("、", text.items()), text.sections());
        Redaction redaction = Redaction.of(DecisionDocumentText.of(text.sections()), context(text));
        return Optional.of(Publication.pending(decision, due.date(), due.provisional(), redaction));
    }

    /** How long a publication stays on the portal: the shorter period for a minor penalty on a person. */
    public Period periodFor(boolean minor) {
        return minor ? rules.minorPeriod() : rules.period();
    }

    private boolean isMinor(DecisionText text) {
        return text.naturalPerson() && MINOR.containsAll(text.penalties())
                && !text.fine().isGreaterThan(Money.ofYuan(String.valueOf(rules.minorFineYuan())));
    }

    private static RedactionContext context(DecisionText text) {
        RedactionContext.Party party = text.naturalPerson() ? RedactionContext.Party.NATURAL_PERSON
                : RedactionContext.Party.ORGANISATION;
        return RedactionContext.none().withParty(party).withPersons(text.persons().toArray(String[]::new))
                .keepingNames(text.officers().toArray(String[]::new))
                .keepingTerms(text.agencyName().isBlank() ? new String[0] : new String[] {text.agencyName()});
    }
}
