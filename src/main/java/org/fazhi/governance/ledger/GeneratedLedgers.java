package org.fazhi.governance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes generated entries of every shipped ledger for a county, straight into {@code governance.ledger_entry}
 * (one generate_series insert per type), for province-scale data and benchmarks. Values follow each declaration's
 * own fields: options in turn, numbers, dates spread over the year (none after today), the county's agencies in
 * turn. Legal advisers are the exception: the agencies' advisers serve three-year terms, renewed, one in five a 公职律师
 * with no term, and one agency in eight has none (法律顾问覆盖率 about 87%); the type's yearly volume goes to village
 * advisers (村居法律顾问), named only as text. Deterministic for the offset. Used through
 * {@link org.fazhi.governance.LedgerGeneration}.
 */
@Component
public class GeneratedLedgers {

    /** A year's entries per type in a mid-sized county, after the seed reports (e.g. 730 hotline tickets). */
    private static final Map<String, Integer> PER_YEAR = Map.ofEntries(Map.entry("mediation-cases", 600),
            Map.entry("mediation-rooms", 10), Map.entry("mediators", 40), Map.entry("legal-aid-cases", 100),
            Map.entry("publicity-activities", 300), Map.entry("publicity-duties", 40),
            Map.entry("legal-literates", 200), Map.entry("study-sessions", 60), Map.entry("law-exams", 10),
            Map.entry("proposals", 250), Map.entry("disclosure-requests", 60), Map.entry("online-messages", 200),
            Map.entry("hotline-tickets", 730), Map.entry("creation-tasks", 50), Map.entry("honours", 5),
            Map.entry("legal-advisers", 30), Map.entry("adviser-work", 300));

    /** Village advisers: not linked to an agency, on three-year terms. */
    private static final Map<String, String> VILLAGE_ADVISERS = Map.of("bodyAgency", "null",
            "bodyLevel", "'村（社区）'", "adviserType", "'村居法律顾问'", "termEndsOn", "(d + 1094)::text");

    private final LedgerTypes types;
    private final JdbcClient jdbc;

    GeneratedLedgers(LedgerTypes types, JdbcClient jdbc) {
        this.types = types;
        this.jdbc = jdbc;
    }

    public boolean hasEntries(RegionCode county) {
        return jdbc.sql("select exists (select 1 from governance.ledger_entry where region_code = ?)")
                .param(county.county().value()).query(Boolean.class).single();
    }

    /** Each shipped type's usual yearly volume; {@code perTypeAndYear} > 0 sets one volume for all types instead. */
    public long generate(RegionCode county, int firstYear, int years, int perTypeAndYear,
                         List<AgencyOptions.Option> agencyOptions, Set<Long> townshipTeams, int offset) {
        List<Long> agencies = agencyOptions.stream().map(AgencyOptions.Option::id).toList();
        long written = 0;
        for (LedgerType type : types.shipped()) {
            int perYear = perTypeAndYear > 0 ? perTypeAndYear : PER_YEAR.getOrDefault(type.code(), 20);
            boolean advisers = type.code().equals(LegalAdviserCoverage.TYPE);
            written += insert(county.county(), type, firstYear, years, perYear, agencies, offset,
                    advisers ? VILLAGE_ADVISERS : Map.of());
            if (advisers) {
                written += agencyAdvisers(county.county(), firstYear, agencyOptions, townshipTeams, offset);
            }
        }
        return written;
    }

    private long insert(RegionCode county, LedgerType type, int firstYear, int years, int perYear,
                        List<Long> agencies, int offset, Map<String, String> overrides) {
        List<String> values = new ArrayList<>();
        for (LedgerField field : type.fields()) {
            values.add("'" + field.code() + "', "
                    + overrides.getOrDefault(field.code(), value(field, type.dateField())));
        }
        String agency = agencies.isEmpty() ? "null::bigint"
                : "(array[" + String.join(", ", agencies.stream().map(String::valueOf).toList()) + "]::bigint[])"
                + "[1 + (g + :offset) % " + agencies.size() + "]";
        return jdbc.sql("""
                insert into governance.ledger_entry (region_code, type_code, agency_id, entry_date, field_values,
                                                     search_text, created_by)
                select :county, :type, a, d, jsonb_strip_nulls(jsonb_build_object(%s)), '', 'generator'
                  from generate_series(0, :n - 1) g,
                       lateral (select least(current_date, make_date(:firstYear + g / :perYear, 1, 1)
                                       + ((g + :offset) %% :perYear) * 360 / :perYear) as d, %s as a) day
                """.formatted(String.join(", ", values), agency))
                .param("county", county.value()).param("type", type.code()).param("n", years * perYear)
                .param("firstYear", firstYear).param("perYear", perYear).param("offset", offset).update();
    }

    /**
     * The advisers of the county's agencies: for each agency but one in eight, a 公职律师 (one in five) appointed once,
     * or 法律顾问 on successive three-year terms, the first begun up to two years before the first year; none
     * appointed after today.
     */
    private long agencyAdvisers(RegionCode county, int firstYear, List<AgencyOptions.Option> agencies,
                                Set<Long> townshipTeams, int offset) {
        if (agencies.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into governance.ledger_entry (region_code, type_code, agency_id, entry_date, field_values,
                                                     search_text, created_by)
                select :county, :type, a.id, t.appointed, jsonb_strip_nulls(jsonb_build_object(
                           'name', '法律顾问 ' || (a.n * 10 + t.k + 1), 'body', a.name, 'bodyAgency', a.id,
                           'bodyLevel', case when a.township then '镇（街道）' else '县直部门' end,
                           'adviserType', case when a.lawyer then '公职律师' else '法律顾问' end,
                           'profession', case when a.lawyer then '其他' else '律师' end,
                           'appointedOn', t.appointed::text,
                           'termEndsOn', case when a.lawyer then null else (t.appointed + 1094)::text end)),
                       '', 'generator'
                  from (select id, name, n::int - 1 as n, (n::int - 1 + :offset) % 5 = 3 as lawyer,
                               id = any(cast(:townships as bigint[])) as township
                          from unnest(cast(:agencies as bigint[]), cast(:names as text[])) with ordinality
                               as x(id, name, n)) a,
                       lateral (select k, make_date(:firstYear, 1, 1) - (a.n * 37 + :offset) % 700 + k * 1095
                                       as appointed
                                  from generate_series(0, case when a.lawyer then 0 else 5 end) k) t
                 where (a.n + :offset) % 8 <> 5 and t.appointed <= current_date""")
                .param("county", county.value()).param("type", LegalAdviserCoverage.TYPE)
                .param("agencies", agencies.stream().map(AgencyOptions.Option::id).toArray(Long[]::new))
                .param("names", agencies.stream().map(AgencyOptions.Option::name).toArray(String[]::new))
                .param("townships", townshipTeams.toArray(Long[]::new)).param("firstYear", firstYear)
                .param("offset", offset).update();
    }

    /** The SQL of a generated value of the field (g: the row's number, d: its date, a: its agency). */
    private static String value(LedgerField field, String dateField) {
        return switch (field.type()) {
            case DATE -> field.code().equals(dateField) ? "d::text" : "(d + 10)::text";
            case INTEGER -> "(g + :offset) % " + (field.max() == null ? 200 : Math.max(1, field.max()));
            case MONEY -> "((g + :offset) % 1000) * 100";
            case BOOLEAN -> "(g + :offset) % 4 <> 0";
            case AGENCY -> "a";
            case CHOICE -> "(array[" + String.join(", ", field.options().stream().map(o -> "'" + o + "'").toList())
                    + "])[1 + (g + :offset) % " + field.options().size() + "]";
            case TEXT, LONG_TEXT -> "'" + field.label() + " ' || (g + 1)";
        };
    }
}
