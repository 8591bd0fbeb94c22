package org.fazhi.governance.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A few entries of every shipped ledger in the demo county ({@code governance/ledger-demo.json}), recorded through
 * the service by the bureau so they meet the declarations' checks. Dates are written as days from today
 * ({@code @-30}) so the figures of the year always have something to show; agencies as the county's n-th agency
 * ({@code @1}). The legal advisers of the county's bodies follow ({@link DemoLegalAdvisers}: most covered, some not).
 * Runs once, when the county has no ledger entry yet; never outside demo mode.
 */
@Component
@Order(80)
class DemoLedgers implements ApplicationRunner {

    static final String FILE = "governance/ledger-demo.json";
    private static final Logger log = LoggerFactory.getLogger(DemoLedgers.class);
    private static final TypeReference<Map<String, List<Map<String, String>>>> ROWS = new TypeReference<>() {
    };

    private final DemoMode demoMode;
    private final Ledgers ledgers;
    private final AgencyDirectory registry;
    private final LedgerEntryRepository entries;
    private final JsonMapper json;
    private final Clock clock;
    private final SignedInUser bureau;

    DemoLedgers(DemoMode demoMode, Ledgers ledgers, AgencyDirectory registry, LedgerEntryRepository entries,
                JsonMapper json, Clock clock, @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.ledgers = ledgers;
        this.registry = registry;
        this.entries = entries;
        this.json = json;
        this.clock = clock;
        this.bureau = new SignedInUser(0, "ledgers", "司法局", Role.SUPERVISOR, RegionCode.of(county), null, null,
                true, false, false, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || entries.count(bureau.region(), "mediation-cases") > 0) {
            return;
        }
        Map<Long, String> choices = ledgers.agencyChoices(bureau);
        List<Long> agencies = List.copyOf(choices.keySet());
        if (agencies.size() < 3) {
            log.info("demo ledgers skipped: too few agencies");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        demoRows().forEach((code, rows) -> {
            LedgerType type = ledgers.type(bureau, code);
            rows.forEach(row -> ledgers.record(bureau, type, resolved(type, row, today, agencies)));
        });
        LedgerType advisers = ledgers.type(bureau, LegalAdviserCoverage.TYPE);
        Set<Long> townships = registry.townshipTeams(DataScope.ofRegion(bureau.region())).stream()
                .map(AgencyOptions.Option::id).collect(Collectors.toSet());
        DemoLegalAdvisers.of(choices, townships, today).forEach(row -> ledgers.record(bureau, advisers, row));
    }

    private static Map<String, String> resolved(LedgerType type, Map<String, String> row, LocalDate today,
                                                List<Long> agencies) {
        Map<String, String> values = new LinkedHashMap<>(row);
        for (LedgerField field : type.fields()) {
            String value = row.get(field.code());
            if (value == null || !value.startsWith("@")) {
                continue;
            }
            int n = Integer.parseInt(value.substring(1));
            values.put(field.code(), field.type() == FieldType.AGENCY ? Long.toString(agencies.get(n))
                    : today.plusDays(n).toString());
        }
        return values;
    }

    private Map<String, List<Map<String, String>>> demoRows() {
        try {
            return json.readValue(new ClassPathResource(FILE).getInputStream(), ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
