package org.fazhi.supervision.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Findings of fault and their persons in {@code supervision.accountability_*}; every read takes a data scope. */
@Repository
class AccountabilityFindingRepository {

    static final String RECORD_TYPE = "supervision.accountability";

    /** The figures of 004: findings, units criticised, persons handled by kind, referrals, not pursued. */
    record Counts(long findings, long pursued, long notPursued, long unitsCriticised, long referredToDiscipline,
                  long persons, Map<HandlingKind, Long> personsByHandling) {
    }

    private static final String SCOPED = """
            f.region_code like :region and (cast(:agency as bigint) is null or f.agency_id = :agency)
              and (cast(:year as integer) is null or extract(year from f.found_on) = :year)""";

    private final JdbcClient jdbc;

    AccountabilityFindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Finding f) {
        long id = jdbc.sql("""
                insert into supervision.accountability_finding (region_code, agency_id, source_type, source_id,
                    fault, found_on, pursued, not_pursued_reason, circulated, referred_to_discipline, recorded_by,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.county().value(), f.agencyId(), f.source().kind().name(), f.source().id(), f.fault(),
                        f.foundOn(), f.pursued(), f.notPursuedReason(), f.circulated(), f.referredToDiscipline(),
                        f.recordedBy(), Timestamp.from(f.recordedAt()))
                .query(Long.class).single();
        for (int i = 0; i < f.persons().size(); i++) {
            Finding.Person p = f.persons().get(i);
            jdbc.sql("insert into supervision.accountability_person (finding_id, position, name, officer_id, handling) "
                    + "values (?, ?, ?, ?, ?)").params(id, i, p.name(), p.officerId(), p.handling().name()).update();
        }
        return id;
    }

    Optional<Finding> find(long id) {
        return jdbc.sql("select * from supervision.accountability_finding where id = ?").param(id)
                .query((rs, n) -> finding(rs)).optional();
    }

    /**
     * The list's filters: the unit, a person's name, the kind of source, how it was handled, the year found, pursued
     * or not, and words of the fault, the reason or a person's name.
     */
    record Search(@Nullable Long agencyId, @Nullable String person, SourceRef.@Nullable Kind source,
                  @Nullable Handling handling, @Nullable Integer year, @Nullable Boolean pursued, @Nullable String q) {

        static Search ofYear(@Nullable Integer year, @Nullable Boolean pursued) {
            return new Search(null, null, null, null, year, pursued, null);
        }
    }

    private static final String FILTERS = """
             and (cast(:pursued as boolean) is null or f.pursued = :pursued)
             and (cast(:agencyId as bigint) is null or f.agency_id = :agencyId)
             and (cast(:source as text) is null or f.source_type = cast(:source as text))
             and (cast(:handling as text) is null
                  or (cast(:handling as text) = 'CIRCULATED' and f.circulated)
                  or (cast(:handling as text) = 'PERSONS_HANDLED' and exists (select 1
                      from supervision.accountability_person p where p.finding_id = f.id))
                  or (cast(:handling as text) = 'REFERRED_TO_DISCIPLINE' and f.referred_to_discipline)
                  or (cast(:handling as text) = 'NOT_PURSUED' and not f.pursued))
             and (cast(:person as text) is null or exists (select 1 from supervision.accountability_person p
                  where p.finding_id = f.id and p.name like '%' || cast(:person as text) || '%'))
             and (cast(:q as text) is null or f.fault like '%' || cast(:q as text) || '%'
                  or coalesce(f.not_pursued_reason, '') like '%' || cast(:q as text) || '%'
                  or exists (select 1 from supervision.accountability_person p
                      where p.finding_id = f.id and p.name like '%' || cast(:q as text) || '%'))""";

    Page<Finding> search(DataScope scope, Search search, PageRequest page) {
        String where = " from supervision.accountability_finding f where " + SCOPED + "\n" + FILTERS;
        var params = params(scope, search.year());
        params.put("pursued", search.pursued());
        params.put("agencyId", search.agencyId());
        params.put("source", search.source() == null ? null : search.source().name());
        params.put("handling", search.handling() == null ? null : search.handling().name());
        params.put("person", blankToNull(search.person()));
        params.put("q", blankToNull(search.q()));
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Finding> items = jdbc.sql("select f.*" + where + " order by f.found_on desc, f.id desc "
                        + "limit :limit offset :offset").params(params)
                .param("limit", page.size()).param("offset", page.offset()).query((rs, n) -> finding(rs)).list();
        return page.page(items, total);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Counts counts(DataScope scope, @Nullable Integer year) {
        var params = params(scope, year);
        Counts totals = jdbc.sql("""
                select count(*) as findings, count(*) filter (where pursued) as pursued,
                       count(*) filter (where not pursued) as not_pursued,
                       count(distinct agency_id) filter (where circulated) as units,
                       count(*) filter (where referred_to_discipline) as referred
                from supervision.accountability_finding f where\s""" + SCOPED)
                .params(params).query((rs, n) -> new Counts(rs.getLong("findings"), rs.getLong("pursued"),
                        rs.getLong("not_pursued"), rs.getLong("units"), rs.getLong("referred"), 0, Map.of()))
                .single();
        Map<HandlingKind, Long> byKind = new EnumMap<>(HandlingKind.class);
        for (HandlingKind kind : HandlingKind.values()) {
            byKind.put(kind, 0L);
        }
        jdbc.sql("select p.handling, count(*) as persons from supervision.accountability_person p "
                        + "join supervision.accountability_finding f on f.id = p.finding_id where " + SCOPED
                        + " group by p.handling").params(params)
                .query((rs, n) -> byKind.put(HandlingKind.valueOf(rs.getString("handling")), rs.getLong("persons")))
                .list();
        long persons = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(totals.findings(), totals.pursued(), totals.notPursued(), totals.unitsCriticised(),
                totals.referredToDiscipline(), persons, byKind);
    }

    private static java.util.HashMap<String, Object> params(DataScope scope, @Nullable Integer year) {
        var params = new java.util.HashMap<String, Object>();
        params.put("region", scope.regionPattern());
        params.put("agency", scope.agencyId());
        params.put("year", year);
        return params;
    }

    private Finding finding(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Finding.Person> persons = jdbc.sql("select * from supervision.accountability_person where finding_id = ? "
                        + "order by position").param(id)
                .query((p, n) -> new Finding.Person(p.getString("name"), (Long) p.getObject("officer_id"),
                        HandlingKind.valueOf(p.getString("handling")))).list();
        return new Finding(id, RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"),
                new SourceRef(SourceRef.Kind.valueOf(rs.getString("source_type")), rs.getLong("source_id")),
                rs.getString("fault"), rs.getObject("found_on", LocalDate.class), rs.getBoolean("pursued"),
                rs.getString("not_pursued_reason"), rs.getBoolean("circulated"),
                rs.getBoolean("referred_to_discipline"), persons, rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
