package org.fazhi.casework.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fazhi.casework.DecisionText;
import org.fazhi.casework.DecisionTexts;
import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.document.FieldsSnapshot;
import org.fazhi.casework.document.Placeholder;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static org.fazhi.casework.document.Placeholder.*;

/**
 * Reads a decision's publishable content from the decision document's field snapshot, so that what is published is
 * what was served even if the party's register entry or the catalog changes later. The party's kind, the handlers'
 * names and the items' titles are not in the snapshot as such and come from the case and the directories.
 */
@Component
class PublishableDecisions implements DecisionTexts {

    private static final Set<DocumentKind> DECISIONS = EnumSet.of(DocumentKind.PENALTY_DECISION,
            DocumentKind.NO_PENALTY_DECISION, DocumentKind.ON_THE_SPOT_DECISION);

    /**
     * The sections a published decision shows, in document order: the party by name (its ID number, address and
     * telephone are not published at all), then what was found and decided.
     */
    private static final List<Placeholder> SECTIONS = List.of(PARTY_NAME, LEGAL_REPRESENTATIVE, FACTS, EVIDENCE, VIOLATED_PROVISION, PENALTY_BASIS,
            DISCRETION_REASONS, NO_PENALTY_REASONS, NO_PENALTY_BASIS, PENALTY, PERFORMANCE);

    private final IssuedDocumentRepository documents;
    private final CaseRepository cases;
    private final PartyDirectory parties;
    private final OfficerOptions officers;
    private final ItemCatalog items;
    private final RecordedDecisions recorded;

    PublishableDecisions(IssuedDocumentRepository documents, CaseRepository cases, PartyDirectory parties,
                         OfficerOptions officers, ItemCatalog items, RecordedDecisions recorded) {
        this.documents = documents;
        this.cases = cases;
        this.parties = parties;
        this.officers = officers;
        this.items = items;
        this.recorded = recorded;
    }

    @Override
    public List<DecisionText> ofCounty(RegionCode county, long afterCaseId, int limit) {
        return recorded.page(county, afterCaseId, limit, this::of);
    }

    @Override
    public Optional<DecisionText> of(long caseId) {
        Optional<IssuedDocumentRepository.Row> issued = documents.ofCase(caseId).stream()
                .filter(row -> DECISIONS.contains(row.kind()) && row.fields() != null)
                .max(Comparator.comparingLong(IssuedDocumentRepository.Row::id));
        return issued.flatMap(row -> cases.find(caseId).map(c -> text(c, row)));
    }

    private DecisionText text(PenaltyCase c, IssuedDocumentRepository.Row row) {
        Map<Placeholder, String> says = FieldsSnapshot.fromJson(Objects.requireNonNull(row.fields())).values();
        Optional<PartyCard> party = parties.find(c.origin().partyId());
        boolean person = party.map(card -> !card.isEnterprise()).orElse(false);
        String partyName = orElse(says.get(PARTY_NAME), party.map(PartyCard::name).orElse(""));
        List<String> persons = new ArrayList<>();
        if (person) {
            persons.add(partyName);
        }
        String representative = says.get(LEGAL_REPRESENTATIVE);
        if (representative != null && !representative.isBlank()) {
            persons.add(representative.strip());
        }
        Proposal decided = Objects.requireNonNull(c.decision().decided(), "a decided case");
        List<Long> cited = c.investigation().itemIds().isEmpty() ? c.origin().itemIds() : c.investigation().itemIds();
        return new DecisionText(c.id(), orElse(row.number(), ""), c.agencyId(), orElse(says.get(AGENCY_NAME), ""),
                c.county(), Objects.requireNonNullElse(c.decision().decidedOn(), row.issuedOn()), decided.kind(),
                partyName, person, row.kind() == DocumentKind.ON_THE_SPOT_DECISION, persons, handlers(c),
                items.findAll(cited).stream().map(ItemSummary::name).toList(), List.copyOf(decided.penalties()),
                decided.fine(), sections(says));
    }

    private List<String> handlers(PenaltyCase c) {
        return c.investigation().handlerIds().stream().map(officers::find).flatMap(Optional::stream)
                .map(OfficerOptions.Option::name).toList();
    }

    private static List<DecisionText.Section> sections(Map<Placeholder, String> says) {
        return SECTIONS.stream().filter(p -> says.get(p) != null && !says.get(p).isBlank())
                .map(p -> new DecisionText.Section(p.text(), says.get(p))).toList();
    }

    private static String orElse(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
