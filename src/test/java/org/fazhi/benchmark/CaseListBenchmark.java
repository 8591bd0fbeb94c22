package org.fazhi.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.casefile.CaseSearch;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's figure: a county supervisor's case list ({@code GET /api/v1/casework/cases}, pages of 20) filtered by
 * agency and stage, unfiltered and "due soon", page 1 and page 50, over HTTP and three of them from the service
 * alone: median and p95 (goal p95 < 100 ms).
 * Default: the test context's demo county and its demo cases, signed in as the demo supervisor. With
 * {@code -Dbench.data-dir=DIR} it starts Fazhi on that data directory (a copy of the generated province with its
 * cases; demo mode off), picks the county with the most cases and opens a supervisor account for it if there is
 * none. Requests per case: {@code -Dbench.requests} (default 20), after {@code -Dbench.warmup} (default 10).
 */
@FazhiIntegrationTest
@Tag("benchmark")
class CaseListBenchmark {

    private static final String PASSWORD = "Bench@2026cases";
    private static final String LIST = "/api/v1/casework/cases?size=20";

    @LocalServerPort int port;
    @Autowired ApplicationContext testContext;

    @Test
    void measuresTheCaseListAsACountySupervisorSeesIt() throws Exception {
        String dataDir = System.getProperty("bench.data-dir");
        if (dataDir == null) {
            measure(ApiSession.signIn("http://localhost:" + port, "supervisor", "Demo@2026"), testContext, "410425",
                    "demo county");
            return;
        }
        try (ConfigurableApplicationContext province = ProvinceCopy.start(dataDir)) {
            JdbcClient jdbc = province.getBean(JdbcClient.class);
            String county = jdbc.sql("""
                    select region_code from casework.penalty_case group by region_code
                     order by count(*) desc, region_code limit 1""").query(String.class).single();
            String username = "bench-supervisor-" + county;
            if (jdbc.sql("select count(*) from identity.account where username = ?").param(username)
                    .query(Long.class).single() == 0) {
                province.getBean(Accounts.class).open(new NewAccount(username, PASSWORD, "压测监督人员",
                        Role.SUPERVISOR, RegionCode.of(county), null, null, false));
            }
            String base = ProvinceCopy.baseUrl(province);
            measure(ApiSession.signIn(base, username, PASSWORD), province, county, dataDir);
        }
    }

    private void measure(ApiSession session, ApplicationContext context, String county, String where)
            throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        int requests = BenchmarkReport.size("bench.requests", 20);
        long agency = jdbc.sql("""
                select agency_id from casework.penalty_case where region_code = ? group by 1
                 order by count(*) desc, 1 limit 1""").param(county).query(Long.class).single();
        long total = jdbc.sql("select count(*) from casework.penalty_case").query(Long.class).single();
        String size = jdbc.sql("""
                select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'casework' and c.relkind = 'r'""")
                .query(String.class).single();
        long ofCounty = ((Number) JsonPath.read(session.get(LIST, false), "$.total")).longValue();
        long dueSoon = ((Number) JsonPath.read(session.get(LIST + "&dueSoon=true", false), "$.total")).longValue();
        String byAgency = LIST + "&agency=" + agency;
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s, county %s: %d cases in the supervisor's scope of %d in all (casework schema %s),"
                + " %d due soon; busiest agency %d; %d requests per case (%s)", where, county, ofCounty, total, size,
                dueSoon, agency, requests, java.time.Instant.now()));
        String[][] cases = {
                {"agency + ARCHIVED, page 1", byAgency + "&state=ARCHIVED"},
                {"agency + ARCHIVED, page 50", byAgency + "&state=ARCHIVED&page=50"},
                {"agency + INVESTIGATING, page 1", byAgency + "&state=INVESTIGATING"},
                {"agency + EXECUTING, page 50", byAgency + "&state=EXECUTING&page=50"},
                {"agency, page 1", byAgency},
                {"agency, page 50", byAgency + "&page=50"},
                {"state CLOSED (all agencies), page 50", LIST + "&state=CLOSED&page=50"},
                {"unfiltered, page 1", LIST},
                {"unfiltered, page 50", LIST + "&page=50"},
                {"due soon, page 1", LIST + "&dueSoon=true"},
                {"due soon, page 50", LIST + "&dueSoon=true&page=50"},
                {"agency + due soon, page 1", byAgency + "&dueSoon=true"},
        };
        for (int i = 0; i < BenchmarkReport.size("bench.warmup", 10); i++) {
            session.get(cases[i % cases.length][1], false);
        }
        for (String[] each : cases) {
            lines.add(timed(session, each[0], each[1], requests));
        }
        PenaltyCases service = context.getBean(PenaltyCases.class);
        lines.add(serviceOnly(service, county, "agency + ARCHIVED, page 50",
                new CaseSearch(agency, CaseState.ARCHIVED, null, null, null), 50, requests));
        lines.add(serviceOnly(service, county, "unfiltered, page 50", CaseSearch.all(), 50, requests));
        lines.add(serviceOnly(service, county, "due soon, page 1", new CaseSearch(null, null, null, null, true), 1,
                requests));
        BenchmarkReport.write("case-list", lines);
        assertThat(ofCounty).isPositive();
    }

    /** A list from the service alone: its queries, without HTTP, security or JSON. */
    private static String serviceOnly(PenaltyCases cases, String county, String name, CaseSearch search, int page,
                                      int requests) {
        SignedInUser supervisor = new SignedInUser(0, "bench", "压测", Role.SUPERVISOR, RegionCode.of(county), null,
                null, true, false, false, null);
        double[] millis = new double[requests];
        int rows = 0;
        for (int i = -Math.min(5, requests); i < requests; i++) {
            long start = System.nanoTime();
            rows = cases.search(supervisor, search, new PageRequest(page, 20)).items().size();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return line(name + ", service call only", rows, millis);
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
        return line(name, rows, millis);
    }

    private static String line(String name, int rows, double[] millis) {
        Arrays.sort(millis);
        int n = millis.length;
        return String.format("  %-45s rows %2d  median %7.1f ms  p95 %7.1f ms  max %7.1f ms", name, rows,
                millis[n / 2], millis[(int) Math.ceil(n * 0.95) - 1], millis[n - 1]);
    }
}
