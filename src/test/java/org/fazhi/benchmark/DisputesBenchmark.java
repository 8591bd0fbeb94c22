package org.fazhi.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disputes.LitigationGeneration;
import org.fazhi.disputes.ReconsiderationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.governance.GovernanceGeneration;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.MeasurementPass;
import org.fazhi.registry.Counties;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's figures: (a) the 行政复议 case list of one county as the body's staff see it, through the API (pages of
 * 20: unfiltered, by year, by state, overdue, a name search, page 5) and the HTML page: median and p95 (goal p95
 * < 100 ms); (b) every indicator of the modules {@code disputes} and {@code governance} — whichever the catalog
 * holds, found by the module that declares the bean, so indicators added later count too — for every county × each
 * of the last five years (goal < 10 s for 100 counties); (c) the 府院联动 issues list of the county with most issues
 * as the same staff see it, API ({@code GET /api/v1/disputes/court-links/issues}: unfiltered pages 1 and 2, by each
 * standing, a keyword) and page ({@code /disputes/court-links/issues}: unfiltered, overdue, the keyword), goal p95
 * < 100 ms like every list.
 * Default: {@code -Dbench.counties} (3) counties generated in the test context (registry, catalog, parties,
 * {@code -Dbench.cases-per-year} (40) cases, five years of reconsiderations, lawsuits and normative documents and
 * major decisions at the province generator's default sizes, but {@code -Dbench.court-link-meetings} (6) 府院联动
 * meetings a year where the generator holds two: a county reports five a year, seed 000). With
 * {@code -Dbench.data-dir=DIR} it starts Fazhi on that data directory (a copy of a generated province) and measures
 * all its counties. Requests per list: {@code -Dbench.requests} (20) after {@code -Dbench.warmup} (10).
 */
@FazhiIntegrationTest
@Tag("benchmark")
class DisputesBenchmark {

    private static final String PASSWORD = "Bench@2026disputes";
    private static final String LIST = "/api/v1/disputes/reconsiderations?size=20";
    private static final String ISSUES = "/api/v1/disputes/court-links/issues?size=20";
    private static final String ISSUES_PAGE = "/disputes/court-links/issues";
    private static final Set<String> MODULES = Set.of("disputes", "governance");
    private static final int YEARS = 5;

    @LocalServerPort int port;
    @Autowired ConfigurableApplicationContext testContext;
    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired CaseGeneration cases;
    @Autowired ReconsiderationGeneration reconsiderations;
    @Autowired LitigationGeneration litigation;
    @Autowired GovernanceGeneration governance;

    @Test
    void measuresTheReconsiderationListAndTheDisputeAndGovernanceIndicators() throws Exception {
        String dataDir = System.getProperty("bench.data-dir");
        if (dataDir == null) {
            long started = System.nanoTime();
            List<RegionCode> counties = generate(BenchmarkReport.size("bench.counties", 3));
            String where = String.format("%d counties generated in the test context in %.1f s", counties.size(),
                    (System.nanoTime() - started) / 1e9);
            measure(testContext, "http://localhost:" + port, counties, where);
            return;
        }
        try (ConfigurableApplicationContext province = ProvinceCopy.start(dataDir)) {
            measure(province, ProvinceCopy.baseUrl(province), province.getBean(Counties.class).all(), dataDir);
        }
    }

    /** Test counties 419974.. (never a real or generated province code). */
    private List<RegionCode> generate(int count) {
        int casesPerYear = BenchmarkReport.size("bench.cases-per-year", 40);
        int meetingsPerYear = BenchmarkReport.size("bench.court-link-meetings", 6);
        List<RegionCode> counties = IntStream.range(0, count).mapToObj(i -> RegionCode.of(String.valueOf(419974 + i)))
                .toList();
        for (RegionCode county : counties) {
            long seed = 31 + Long.parseLong(county.value());
            RegistryGeneration.County made = registry.generateCounty(county, 60, seed);
            catalog.generateCounty(county, made.name(), 20, seed);
            parties.generate(county, 100, seed);
            cases.generateCounty(county, casesPerYear, YEARS, seed);
            reconsiderations.generateCounty(county, YEARS, seed);
            litigation.generateCounty(county, YEARS, 40, meetingsPerYear, seed);
            governance.generateCounty(county, YEARS, 10, seed);
        }
        return counties;
    }

    private void measure(ConfigurableApplicationContext context, String base, List<RegionCode> counties,
                         String where) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("analyze disputes.reconsideration").update();
        jdbc.sql("analyze disputes.reconsideration_deadline").update();
        String county = busiest(jdbc, "disputes.reconsideration", counties);
        long ofCounty = count(jdbc, "disputes.reconsideration", county);
        long total = jdbc.sql("select count(*) from disputes.reconsideration").query(Long.class).single();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: %d reconsideration cases in all, county %s has %d (%s)", where, total, county,
                ofCounty, Instant.now()));
        ApiSession session = signIn(context, base, county, jdbc);
        lines.addAll(list(session, county, jdbc));
        lines.addAll(indicators(context, counties));
        lines.addAll(courtLinkIssues(context, base, counties, jdbc));
        BenchmarkReport.write("disputes", lines);
        assertThat(ofCounty).isPositive();
        assertThat(ofModules(context)).extracting(Indicator::code).contains("RECONSIDERATIONS_RECEIVED");
    }

    /** A session of the county's reconsideration staff (who read the case list and the 府院联动 issues). */
    private static ApiSession signIn(ConfigurableApplicationContext context, String base, String county,
                                     JdbcClient jdbc) throws Exception {
        String username = "bench-reconsideration-" + county;
        if (jdbc.sql("select count(*) from identity.account where username = ?").param(username).query(Long.class)
                .single() == 0) {
            context.getBean(Accounts.class).open(new NewAccount(username, PASSWORD, "压测复议人员",
                    Role.RECONSIDERATION, RegionCode.of(county), null, null, false));
        }
        return ApiSession.signIn(base, username, PASSWORD);
    }

    private List<String> list(ApiSession session, String county, JdbcClient jdbc) throws Exception {
        String applicant = jdbc.sql("select applicant_name from disputes.reconsideration where region_code = ? "
                + "order by id limit 1").param(county).query(String.class).single();
        int year = LocalDate.now().getYear() - 1;
        String[][] lists = {
                {"API unfiltered, page 1", LIST},
                {"API unfiltered, page 5", LIST + "&page=5"},
                {"API year " + year, LIST + "&year=" + year},
                {"API state CONCLUDED", LIST + "&state=CONCLUDED"},
                {"API overdue", LIST + "&overdue=true"},
                {"API applicant name", LIST + "&q=" + URLEncoder.encode(applicant, StandardCharsets.UTF_8)},
                {"page /disputes/reconsiderations", "/disputes/reconsiderations"},
                {"page, overdue", "/disputes/reconsiderations?overdue=true"},
        };
        List<String> lines = new ArrayList<>();
        lines.add(String.format("(a) the case list, %d requests each, signed in as the county's body staff",
                BenchmarkReport.size("bench.requests", 20)));
        lines.addAll(timed(session, lists));
        return lines;
    }

    /** (c) The 府院联动 issues of the county with most of them, as its reconsideration staff read them. */
    private List<String> courtLinkIssues(ConfigurableApplicationContext context, String base,
                                         List<RegionCode> counties, JdbcClient jdbc) throws Exception {
        jdbc.sql("analyze disputes.court_link_issue").update();
        jdbc.sql("analyze disputes.court_link_meeting").update();
        String county = busiest(jdbc, "disputes.court_link_issue", counties);
        long issues = count(jdbc, "disputes.court_link_issue", county);
        long meetings = count(jdbc, "disputes.court_link_meeting", county);
        long total = jdbc.sql("select count(*) from disputes.court_link_issue").query(Long.class).single();
        String word = jdbc.sql("""
                select left(issue, 4) from disputes.court_link_issue where region_code = ? group by issue
                 order by count(*) desc, issue limit 1""").param(county).query(String.class).single();
        String q = "&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        String[][] lists = {
                {"API unfiltered, page 1", ISSUES},
                {"API unfiltered, page 2", ISSUES + "&page=2"},
                {"API standing OPEN", ISSUES + "&standing=OPEN"},
                {"API standing OVERDUE", ISSUES + "&standing=OVERDUE"},
                {"API standing RESOLVED", ISSUES + "&standing=RESOLVED"},
                {"API keyword " + word, ISSUES + q},
                {"page " + ISSUES_PAGE, ISSUES_PAGE},
                {"page, overdue", ISSUES_PAGE + "?standing=OVERDUE"},
                {"page, keyword", ISSUES_PAGE + "?" + q.substring(1)},
        };
        List<String> lines = new ArrayList<>();
        lines.add(String.format("(c) the 府院联动 issues list: %d issues in all, county %s has %d of %d meetings; %d "
                + "requests each, signed in as the county's body staff", total, county, issues, meetings,
                BenchmarkReport.size("bench.requests", 20)));
        lines.addAll(timed(signIn(context, base, county, jdbc), lists));
        assertThat(issues).isPositive();
        return lines;
    }

    /** Of these counties, the one with most rows in the table. */
    private static String busiest(JdbcClient jdbc, String table, List<RegionCode> counties) {
        return jdbc.sql("""
                select region_code from %s where region_code in (%s) group by region_code
                 order by count(*) desc, region_code limit 1""".formatted(table, String.join(",",
                counties.stream().map(c -> "'" + c.value() + "'").toList()))).query(String.class).single();
    }

    private static long count(JdbcClient jdbc, String table, String county) {
        return jdbc.sql("select count(*) from " + table + " where region_code = ?").param(county).query(Long.class)
                .single();
    }

    /** Each list's requests after the warm-up (the lists in turn), as a line of median, p95 and max. */
    private static List<String> timed(ApiSession session, String[][] lists) throws Exception {
        int requests = BenchmarkReport.size("bench.requests", 20);
        for (int i = 0; i < BenchmarkReport.size("bench.warmup", 10); i++) {
            session.get(lists[i % lists.length][1], false);
        }
        List<String> lines = new ArrayList<>();
        for (String[] each : lists) {
            double[] millis = new double[requests];
            String body = "";
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                body = session.get(each[1], false);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            String rows = each[1].startsWith("/api") ? String.valueOf(((List<?>) JsonPath.read(body, "$.items"))
                    .size()) : body.length() / 1024 + " KiB";
            lines.add(line(each[0], rows, millis));
        }
        return lines;
    }

    /**
     * Two rounds: the first pays for a JVM and a database just started (its figure moved between 0.33 and 0.61 s
     * for 5 counties from one run to the next), the second is what a running Fazhi spends.
     */
    private static List<String> indicators(ConfigurableApplicationContext context, List<RegionCode> counties) {
        List<Indicator> measured = ofModules(context);
        List<String> lines = new ArrayList<>();
        for (String round : List.of("first round", "second round")) {
            long started = System.nanoTime();
            long figures = measureAll(measured, counties);
            double seconds = (System.nanoTime() - started) / 1e9;
            lines.add(String.format("(b) %s, %d indicators of %s (%s) for %d counties x %d years: %.2f s, %d figures "
                            + "with the agencies' rows; %.0f ms a county, so %.1f s for 100 counties", round,
                    measured.size(), MODULES, String.join(", ", measured.stream().map(Indicator::code).toList()),
                    counties.size(), YEARS, seconds, figures, seconds * 1000 / counties.size(),
                    seconds * 100 / counties.size()));
        }
        return lines;
    }

    private static long measureAll(List<Indicator> measured, List<RegionCode> counties) {
        int thisYear = LocalDate.now().getYear();
        long figures = 0;
        for (RegionCode county : counties) {
            for (int year = thisYear - YEARS + 1; year <= thisYear; year++) {
                MeasurementPass pass = new MeasurementPass(); // a county's year in one pass, as the catalog does
                for (Indicator indicator : measured) {
                    figures += 1 + indicator.measure(county, Period.year(year), pass).byAgency().size();
                }
            }
        }
        return figures;
    }

    /** The catalog's indicators whose bean a class of one of {@link #MODULES} declares. */
    static List<Indicator> ofModules(ConfigurableApplicationContext context) {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<Indicator> declared = new ArrayList<>();
        for (String name : beans.getBeanNamesForType(Indicator.class)) {
            BeanDefinition definition = beans.getMergedBeanDefinition(name);
            Class<?> declaring = definition.getFactoryBeanName() != null
                    ? beans.getType(definition.getFactoryBeanName()) : beans.getType(name);
            if (declaring != null && MODULES.contains(module(declaring))) {
                declared.add(beans.getBean(name, Indicator.class));
            }
        }
        return context.getBean(IndicatorCatalog.class).all().stream().filter(declared::contains).toList();
    }

    private static String module(Class<?> type) {
        String name = type.getName().replaceFirst("^org\\.fazhi\\.", "");
        return name.substring(0, Math.max(0, name.indexOf('.')));
    }

    private static String line(String name, String rows, double[] millis) {
        Arrays.sort(millis);
        int n = millis.length;
        return String.format("  %-40s rows %-8s median %7.1f ms  p95 %7.1f ms  max %7.1f ms", name, rows,
                millis[n / 2], millis[(int) Math.ceil(n * 0.95) - 1], millis[n - 1]);
    }
}
