package org.fazhi.casework.casefile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.DecisionText;
import org.fazhi.casework.document.AgencyAbbreviations;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A county's decided cases, a page at a time, for bulk readers ({@code DecisionTexts.ofCounty}). A case whose decision
 * document was issued reads from it; generated history has no documents, so its decision is worded from the record
 * (party, facts, items and their legal bases, the decided proposal) in the sections a decision document has, and
 * numbered in the agency's series of the year (罚, 不罚, 当罚) in the order decided. Names are looked up once per page
 * or per reader, not per case.
 */
@Component
class RecordedDecisions {

    private static final String PAGE = """
            select * from (
              select c.id, c.agency_id, c.party_id, c.item_ids, c.handler_ids, c.facts, c.summary, c.violation_on,
                     c.decided_on, c.decision_number, c.procedure, c.decision_reason, p.kind, p.penalties,
                     p.fine_fen, p.confiscation_fen, p.tier,
                     exists (select 1 from casework.case_document d where d.case_id = c.id and d.kind in
                             ('PENALTY_DECISION', 'NO_PENALTY_DECISION', 'ON_THE_SPOT_DECISION')) as issued,
                     row_number() over (partition by c.agency_id, extract(year from c.decided_on), c.procedure,
                                        p.kind = 'PENALTY' order by c.decided_on, c.id) as sequence
                from casework.penalty_case c
                join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'
               where c.region_code like :county and c.decided_on is not null and p.kind <> 'TRANSFERRED') t
             where id > :after order by id limit :limit""";

    /** One decided case as its record states it. */
    private record Row(long id, long agencyId, long partyId, List<Long> itemIds, List<Long> handlerIds,
                       @Nullable String facts, String summary, @Nullable LocalDate violationOn, LocalDate decidedOn,
                       @Nullable String number, boolean onTheSpot, @Nullable String reason, DecisionKind kind,
                       List<PenaltyKind> penalties, Money fine, @Nullable String tier, boolean issued, int sequence) {
    }

    private final JdbcClient jdbc;
    private final PartyDirectory parties;
    private final ItemCatalog items;
    private final OfficerOptions officers;
    private final AgencyDirectory agencies;
    private final AgencyAbbreviations abbreviations;

    RecordedDecisions(JdbcClient jdbc, PartyDirectory parties, ItemCatalog items, OfficerOptions officers,
                      AgencyDirectory agencies, AgencyAbbreviations abbreviations) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.items = items;
        this.officers = officers;
        this.agencies = agencies;
        this.abbreviations = abbreviations;
    }

    List<DecisionText> page(RegionCode county, long afterCaseId, int limit,
                            LongFunction<Optional<DecisionText>> issued) {
        List<Row> rows = jdbc.sql(PAGE).param("county", county.county().value() + "%").param("after", afterCaseId)
                .param("limit", limit).query((rs, n) -> row(rs)).list();
        Map<Long, PartyCard> partyCards = parties.findAll(rows.stream().map(Row::partyId).distinct().toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity()));
        Map<Long, String> contacts = parties.contactNames(partyCards.keySet());
        Map<Long, ItemSummary> cited = items.findAll(rows.stream().flatMap(r -> r.itemIds().stream()).distinct()
                .toList()).stream().collect(Collectors.toMap(ItemSummary::id, Function.identity(), (a, b) -> a));
        Names names = new Names();
        List<DecisionText> texts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Optional<DecisionText> fromDocument = row.issued() ? issued.apply(row.id()) : Optional.empty();
            texts.add(fromDocument.orElseGet(() -> worded(county, row, partyCards.get(row.partyId()),
                    contacts.get(row.partyId()), cited, names)));
        }
        return texts;
    }

    private static DecisionText worded(RegionCode county, Row row, @Nullable PartyCard party,
                                       @Nullable String contact, Map<Long, ItemSummary> cited, Names names) {
        String partyName = party == null ? "" : party.name();
        boolean person = party != null && !party.isEnterprise();
        String representative = person ? null : contact;
        List<String> persons = person ? List.of(partyName) : representative != null ? List.of(representative)
                : List.of();
        List<String> handlers = row.handlerIds().stream().map(id -> names.officer(row.agencyId(), id))
                .flatMap(Optional::stream).toList();
        List<ItemSummary> itemsCited = row.itemIds().stream().map(cited::get).filter(Objects::nonNull)
                .toList();
        String basis = names.basis(itemsCited);
        DecisionWords words = new DecisionWords(row.kind(), row.penalties(), row.fine(), row.tier(), row.reason());
        List<DecisionText.Section> sections = words.sections(partyName, representative,
                facts(row, partyName, representative, handlers), basis);
        String number = row.number() != null ? row.number() : number(row, names.abbreviation(row.agencyId()));
        return new DecisionText(row.id(), number, row.agencyId(), names.agency(row.agencyId()), county.county(),
                row.decidedOn(), row.kind(), partyName, person, row.onTheSpot(), persons, handlers,
                itemsCited.stream().map(ItemSummary::name).toList(), row.penalties(), row.fine(), sections);
    }

    /**
     * The facts as found, then the inspection that found them and the acknowledgement of the party (or of its
     * representative), naming both, as decisions do.
     */
    private static String facts(Row row, String party, @Nullable String representative, List<String> handlers) {
        String found = row.facts() != null ? row.facts() : "经查，当事人存在" + row.summary() + "的违法行为";
        LocalDate on = row.violationOn() != null ? row.violationOn() : row.decidedOn().minusDays(30);
        String officersNamed = handlers.isEmpty() ? "执法人员" : "执法人员" + String.join("、", handlers);
        return found.replaceAll("[。；]+$", "") + "。" + on.getYear() + "年" + on.getMonthValue() + "月"
                + on.getDayOfMonth() + "日，" + officersNamed + "依法对当事人" + party + "的经营场所进行检查，"
                + (representative == null ? "当事人" + party : "当事人的负责人" + representative) + "对上述事实无异议。";
    }

    /** {@code 郏市监罚〔2025〕37号}: the series of the decision's kind and procedure, the year decided. */
    private static String number(Row row, String abbreviation) {
        String series = row.onTheSpot() ? "当罚" : row.kind().imposesPenalty() ? "罚" : "不罚";
        return abbreviation + series + "〔" + row.decidedOn().getYear() + "〕" + row.sequence() + "号";
    }

    /** The names a page needs, each looked up once for the page. */
    private final class Names {

        private final Map<Long, List<String>> bases = new HashMap<>();
        private final Map<Long, Optional<String>> officerNames = new HashMap<>();
        private final Set<Long> agenciesRead = new HashSet<>();
        private final Map<Long, String> agencyNames = new HashMap<>();
        private final Map<Long, String> abbreviated = new HashMap<>();

        String basis(List<ItemSummary> cited) {
            List<String> found = cited.stream().flatMap(item -> bases.computeIfAbsent(item.id(), items::legalBases)
                    .stream()).distinct().limit(2).toList();
            if (!found.isEmpty()) {
                return String.join("、", found);
            }
            return cited.isEmpty() ? "相关法律法规" : "“" + cited.get(0).name() + "”事项所依据的法律法规";
        }

        /** The agency's certified officers are read at once (a case's handlers are nearly always among them). */
        Optional<String> officer(long agencyId, long id) {
            if (agenciesRead.add(agencyId)) {
                officers.certifiedOf(agencyId).forEach(o -> officerNames.put(o.id(), Optional.of(o.name())));
            }
            return officerNames.computeIfAbsent(id, officer -> officers.find(officer)
                    .map(OfficerOptions.Option::name));
        }

        String agency(long id) {
            return agencyNames.computeIfAbsent(id, agency -> agencies.nameOf(agency).orElse(""));
        }

        String abbreviation(long agencyId) {
            return abbreviated.computeIfAbsent(agencyId, abbreviations::of);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("party_id"), longs(rs.getArray("item_ids")),
                longs(rs.getArray("handler_ids")), rs.getString("facts"), rs.getString("summary"),
                rs.getObject("violation_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision_number"), "SIMPLE".equals(rs.getString("procedure")),
                rs.getString("decision_reason"), DecisionKind.valueOf(rs.getString("kind")),
                Arrays.stream((String[]) rs.getArray("penalties").getArray()).map(PenaltyKind::valueOf).toList(),
                Money.ofFen(rs.getLong("fine_fen")), rs.getString("tier"), rs.getBoolean("issued"),
                rs.getInt("sequence"));
    }

    private static List<Long> longs(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
