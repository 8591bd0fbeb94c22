package org.fazhi.disclosure.live;

import java.time.LocalDate;
import java.util.Locale;

import org.fazhi.casework.DecisionText;
import org.fazhi.casework.DecisionTexts;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.disclosure.DecisionPublished;
import org.fazhi.disclosure.PublicationWithdrawn;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.LiveUpdates;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pushes each new decision, publication and withdrawal to the screens whose scope covers its agency. Listens in
 * the deciding (publishing, withdrawing) transaction, while the decision document can be read, and
 * {@link LiveUpdates} sends only once that transaction has committed.
 */
@Component
class DecisionsLive {

    static final String TOPIC = "disclosure";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final LiveUpdates live;
    private final DecisionTexts decisions;
    private final AgencyOptions agencies;
    private final MessageSource messages;

    DecisionsLive(LiveUpdates live, DecisionTexts decisions, AgencyOptions agencies, MessageSource messages) {
        this.live = live;
        this.decisions = decisions;
        this.agencies = agencies;
        this.messages = messages;
    }

    @EventListener
    void on(PenaltyDecided decided) {
        DecisionText text = decisions.of(decided.caseId()).orElse(null);
        String number = text == null ? decided.caseCode() : text.decisionNumber();
        String agency = text == null ? agencyName(decided.county(), decided.agencyId()) : text.agencyName();
        String party = text == null || text.naturalPerson() ? "" : text.partyName() + "，";
        String kind = messages.getMessage("casework.decision." + decided.kind().name(), null, decided.kind().name(),
                CHINESE);
        String fine = decided.fine().isZero() ? "" : message("disclosure.live.fine", decided.fine().display());
        push("decided", decided.county(), decided.agencyId(), number, agency, decided.decidedOn(),
                message("disclosure.live.decided", agency, number, party, kind + fine), null);
    }

    @EventListener
    void on(DecisionPublished published) {
        String agency = agencyName(published.county(), published.agencyId());
        push("published", published.county(), published.agencyId(), published.decisionNumber(), agency,
                published.publishedOn(), message(published.late() ? "disclosure.live.published-late"
                        : "disclosure.live.published", agency, published.decisionNumber(), published.dueOn()),
                "/disclosure/publications/" + published.publicationId());
    }

    @EventListener
    void on(PublicationWithdrawn withdrawn) {
        String agency = agencyName(withdrawn.county(), withdrawn.agencyId());
        push("withdrawn", withdrawn.county(), withdrawn.agencyId(), withdrawn.decisionNumber(), agency,
                withdrawn.withdrawnOn(), message("disclosure.live.withdrawn", agency, withdrawn.decisionNumber(),
                        withdrawn.reason()), "/disclosure/publications/" + withdrawn.publicationId());
    }

    private void push(String kind, RegionCode county, long agencyId, String number, String agency, LocalDate on,
                      String text, @Nullable String link) {
        live.publish(TOPIC, kind, county, agencyId, new LiveNotice(kind, number, agency, county.value(), on, text,
                link));
    }

    private String agencyName(RegionCode county, long agencyId) {
        return agencies.within(DataScope.ofRegion(county)).stream().filter(a -> a.id() == agencyId)
                .map(AgencyOptions.Option::name).findFirst().orElse("");
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, CHINESE);
    }
}
