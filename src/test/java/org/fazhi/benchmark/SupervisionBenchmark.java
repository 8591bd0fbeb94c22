package org.fazhi.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.Monitoring;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's three figures in one run: (a) the full pass of every monitoring rule over every county of the
 * database, twice (the second must raise nothing: idempotent), with each rule's total time, the alerts raised and
 * alerts per second; (b) {@code -Dbench.events} (default 1,000) events of the watched modules, a realistic mix made
 * from the database's own records, through {@link Monitoring#process} one transaction each and as one batch (what
 * the event listener hands over after a publishing transaction commits), total times and each rule's reads; (c) the
 * alert inbox of a county supervisor ({@code GET /api/v1/supervision/alerts}, first page, unfiltered and with the
 * common filters) on the county with the most alerts, median and p95 over {@code -Dbench.requests} (default 20)
 * after {@code -Dbench.warmup} (10).
 * <p>
 * Default: the test context's demo county (tiny, seconds). {@code -Dbench.generate=true} first generates one county
 * in the test context with the modules' generators, sized by {@code -Dbench.inspections-per-year} (400),
 * {@code -Dbench.cases-per-year} (150), {@code -Dbench.years} (3), {@code -Dbench.parties} (500): issue size is
 * 6000, 3000, 5, 20000. {@code -Dbench.data-dir=DIR} starts Fazhi on that data directory instead (a copy of
 * generated data; demo mode off). {@code -Dfazhi.supervision.monitoring.parallelism=N} sets the counties scanned at
 * once (default: the cores). {@code -Dbench.reset-alerts=true} (data directory only) first removes the copy's
 * alerts, so that a copy a benchmark already passed over gets a first pass again.
 */
@FazhiIntegrationTest
@Tag("benchmark")
class SupervisionBenchmark {

    private static final RegionCode GENERATED = RegionCode.of("419950");
    private static final String PASSWORD = "Bench@2026alerts";
    private static final String INBOX = "/api/v1/supervision/alerts?size=20";

    @LocalServerPort int port;
    @Autowired ApplicationContext testContext;

    @Test
    void measuresFullPassEventsAndInbox() throws Exception {
        String dataDir = System.getProperty("bench.data-dir");
        if (dataDir == null) {
            String where = "test context";
            if (Boolean.getBoolean("bench.generate")) {
                where = "test context + generated county " + GENERATED.value() + " (" + generate(testContext) + ")";
            }
            measure(testContext, "http://localhost:" + port, where);
            return;
        }
        try (ConfigurableApplicationContext province = ProvinceCopy.start(dataDir)) {
            if (Boolean.getBoolean("bench.reset-alerts")) {
                // A copy that a benchmark already passed over: its alerts go, so the first pass is a first again.
                province.getBean(JdbcClient.class).sql("truncate supervision.alert, supervision.alert_event cascade")
                        .update();
            }
            measure(province, ProvinceCopy.baseUrl(province),
                    dataDir);
        }
    }

    private static String generate(ApplicationContext context) {
        long started = System.nanoTime();
        RegistryGeneration.County county = context.getBean(RegistryGeneration.class).generateCounty(GENERATED, 200, 11);
        CatalogGeneration catalog = context.getBean(CatalogGeneration.class);
        catalog.generateCounty(GENERATED, county.name(), 40, 11);
        catalog.fileInspectionLists(GENERATED, county.name(), 11);
        context.getBean(PartyGeneration.class).generate(GENERATED, BenchmarkReport.size("bench.parties", 500), 11);
        int years = BenchmarkReport.size("bench.years", 3);
        context.getBean(InspectionGeneration.class).generateCounty(GENERATED,
                BenchmarkReport.size("bench.inspections-per-year", 400), years, 11, false);
        context.getBean(CaseGeneration.class).generateCounty(GENERATED, BenchmarkReport.size("bench.cases-per-year", 150),
                years, 11);
        context.getBean(JdbcClient.class).sql("analyze").update();
        return String.format("generated in %.0f s", (System.nanoTime() - started) / 1e9);
    }

    private static void measure(ApplicationContext context, String base, String where) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Monitoring monitoring = context.getBean(Monitoring.class);
        LocalDate today = monitoring.today();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: %d counties, %d cases, %d inspection tasks; %d cores, load %s (%s)", where,
                count(jdbc, "select count(*) from registry.region where kind = 'COUNTY'"),
                count(jdbc, "select count(*) from casework.penalty_case"),
                count(jdbc, "select count(*) from inspection.task"), Runtime.getRuntime().availableProcessors(),
                load(), Instant.now()));
        List<Monitoring.CountyPass> first = fullPass(monitoring, today, "first", lines);
        List<Monitoring.CountyPass> second = fullPass(monitoring, today, "second", lines);
        assertThat(second.stream().mapToInt(Monitoring.CountyPass::raised).sum()).isZero();
        assertThat(second.stream().mapToInt(Monitoring.CountyPass::cleared).sum()).isZero();
        assertThat(first).isNotEmpty();
        int events = BenchmarkReport.size("bench.events", 1000);
        lines.addAll(MonitoringEvents.replay(jdbc, monitoring, today, events));
        lines.addAll(MonitoringEvents.byRule(jdbc, monitoring, today, events));
        lines.addAll(inbox(context, base));
        lines.add("load after: " + load());
        BenchmarkReport.write("supervision", lines);
    }

    /** One full pass of every county, with each rule's time summed over the counties. */
    private static List<Monitoring.CountyPass> fullPass(Monitoring monitoring, LocalDate today, String name,
                                                        List<String> lines) {
        long started = System.nanoTime();
        List<Monitoring.CountyPass> passes = monitoring.fullPass(today);
        double seconds = (System.nanoTime() - started) / 1e9;
        int raised = passes.stream().mapToInt(Monitoring.CountyPass::raised).sum();
        lines.add(String.format("%s full pass: %d counties, %d rules, %.2f s; %d raised, %d cleared, %d holding;"
                        + " %.0f alerts raised per second", name, passes.size(), monitoring.rules().size(), seconds,
                raised, passes.stream().mapToInt(Monitoring.CountyPass::cleared).sum(),
                passes.stream().mapToInt(Monitoring.CountyPass::holding).sum(), raised / seconds));
        Map<String, double[]> byRule = new TreeMap<>();
        for (Monitoring.CountyPass pass : passes) {
            for (Monitoring.RulePass rule : pass.rules()) {
                double[] sums = byRule.computeIfAbsent(rule.code(), code -> new double[3]);
                sums[0] += rule.millis();
                sums[1] += rule.holding();
                sums[2] += rule.raised();
            }
        }
        byRule.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(entry -> lines.add(String.format("    %-40s %9.1f ms (all counties)  causes %6.0f  raised %6.0f",
                        entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2])));
        return passes;
    }

    /** The inbox as the county's supervisor sees it, over HTTP, on the county with the most alerts. */
    private static List<String> inbox(ApplicationContext context, String base) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String county = jdbc.sql("""
                select region_code from supervision.alert group by region_code order by count(*) desc, region_code
                 limit 1""").query(String.class).optional().orElse("410425");
        String username = "bench-alerts-" + county;
        if (count(jdbc, "select count(*) from identity.account where username = '" + username + "'") == 0) {
            context.getBean(Accounts.class).open(new NewAccount(username, PASSWORD, "压测监督人员", Role.SUPERVISOR,
                    RegionCode.of(county), null, null, false));
        }
        ApiSession session = ApiSession.signIn(base, username, PASSWORD);
        String rule = jdbc.sql("""
                select rule_code from supervision.alert where region_code = ? group by 1 order by count(*) desc, 1
                 limit 1""").param(county).query(String.class).optional().orElse("CASE_STEP_OVERDUE");
        Long agency = jdbc.sql("""
                select agency_id from supervision.alert where region_code = ? and agency_id is not null group by 1
                 order by count(*) desc, 1 limit 1""").param(county).query(Long.class).optional().orElse(0L);
        String month = today(context).toString().substring(0, 7);
        long total = ((Number) JsonPath.read(session.get(INBOX, false), "$.total")).longValue();
        String[][] cases = {
                {"unfiltered, page 1", INBOX},
                {"live (state OPEN), page 1", INBOX + "&state=OPEN"},
                {"rule " + rule + ", page 1", INBOX + "&rule=" + rule},
                {"agency " + agency + " + OPEN, page 1", INBOX + "&agency=" + agency + "&state=OPEN"},
                {"month " + month + ", page 1", INBOX + "&month=" + month},
                {"unfiltered, page 50", INBOX + "&page=50"},
        };
        for (int i = 0; i < BenchmarkReport.size("bench.warmup", 10); i++) {
            session.get(cases[i % cases.length][1], false);
        }
        int requests = BenchmarkReport.size("bench.requests", 20);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("inbox of county %s (%d alerts in scope, %d in all), %d requests each over HTTP:",
                county, total, count(jdbc, "select count(*) from supervision.alert"), requests));
        for (String[] each : cases) {
            lines.add(timed(session, each[0], each[1], requests));
        }
        assertThat(total).isPositive();
        return lines;
    }

    private static String timed(ApiSession session, String name, String path, int requests) throws Exception {
        double[] millis = new double[requests];
        int rows = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            String body = session.get(path, false);
            millis[i] = (System.nanoTime() - start) / 1e6;
            rows = ((List<?>) JsonPath.read(body, "$.items")).size();
        }
        Arrays.sort(millis);
        int n = millis.length;
        return String.format("    %-45s rows %2d  median %7.1f ms  p95 %7.1f ms  max %7.1f ms", name, rows,
                millis[n / 2], millis[(int) Math.ceil(n * 0.95) - 1], millis[n - 1]);
    }

    private static LocalDate today(ApplicationContext context) {
        return context.getBean(Monitoring.class).today();
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
