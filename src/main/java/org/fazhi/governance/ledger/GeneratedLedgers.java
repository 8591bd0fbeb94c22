package org.fazhi.governance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes generated entries of every shipped ledger for a county, straight into {@code governance.ledger_entry}
 * (one generate_series insert per type), for province-scale data and benchmarks. Values follow each declaration's
 * own fields: options in turn, numbers, dates spread over the year (none after today), the county's agencies in
 * turn. Deterministic
 * for the offset. Used through {@link org.fazhi.governance.LedgerGeneration}.
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
    public long generate(RegionCode county, int firstYear, int years, int perTypeAndYear, List<Long> agencies,
                         int offset) {
        long written = 0;
        for (LedgerType type : types.shipped()) {
            int perYear = perTypeAndYear > 0 ? perTypeAndYear : PER_YEAR.getOrDefault(type.code(), 20);
            written += insert(county.county(), type, firstYear, years, perYear, agencies, offset);
        }
        return written;
    }

    private long insert(RegionCode county, LedgerType type, int firstYear, int years, int perYear,
                        List<Long> agencies, int offset) {
        List<String> values = new ArrayList<>();
        for (LedgerField field : type.fields()) {
            values.add("'" + field.code() + "', " + value(field, type.dateField()));
        }
        String agency = agencies.isEmpty() ? "null::bigint"
                : "(array[" + String.join(", ", agencies.stream().map(String::valueOf).toList()) + "]::bigint[])"
                + "[1 + (g + :offset) % " + agencies.size() + "]";
        return jdbc.sql("""
                insert into governance.ledger_entry (region_code, type_code, agency_id, entry_date, field_values,
                                                     search_text, created_by)
                select :county, :type, a, d, jsonb_build_object(%s), '', 'generator'
                  from generate_series(0, :n - 1) g,
                       lateral (select least(current_date, make_date(:firstYear + g / :perYear, 1, 1)
                                       + ((g + :offset) %% :perYear) * 360 / :perYear) as d, %s as a) day
                """.formatted(String.join(", ", values), agency))
                .param("county", county.value()).param("type", type.code()).param("n", years * perYear)
                .param("firstYear", firstYear).param("perYear", perYear).param("offset", offset).update();
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
