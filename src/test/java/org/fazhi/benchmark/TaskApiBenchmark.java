package org.fazhi.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.task.TaskRepository;
import org.fazhi.inspection.task.Tasks;
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
 * Issue 8's figure: the API's task list ({@code GET /api/v1/inspection/tasks}, pages of 50) as a county
 * supervisor sees it, over HTTP, unfiltered and with typical filters, first page and a deep page: median and p95.
 * Default: the test context's demo county, signed in as the demo supervisor. With {@code -Dbench.data-dir=DIR}
 * it starts Fazhi on that data directory (a copy of the generated province; demo mode off), picks the county with
 * the most tasks and opens a supervisor account for it if there is none. Requests per case:
 * {@code -Dbench.requests} (default 20), after {@code -Dbench.warmup} requests over all cases (default 10).
 */
@FazhiIntegrationTest
@Tag("benchmark")
class TaskApiBenchmark {

    private static final String PASSWORD = "Bench@2026api";

    @LocalServerPort int port;
    @Autowired ApplicationContext testContext;

    @Test
    void measuresTheTaskListAsACountySupervisorSeesIt() throws Exception {
        String dataDir = System.getProperty("bench.data-dir");
        if (dataDir == null) {
            measure(ApiSession.signIn("http://localhost:" + port, "supervisor", "Demo@2026"), testContext, "410425",
                    "demo county");
            return;
        }
        try (ConfigurableApplicationContext province = ProvinceCopy.start(dataDir)) {
            JdbcClient jdbc = province.getBean(JdbcClient.class);
            String county = jdbc.sql("""
                    select region_code from inspection.task group by region_code order by count(*) desc, region_code
                     limit 1""").query(String.class).single();
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
                select lead_agency_id from inspection.task where region_code = ? group by 1 order by count(*) desc
                 limit 1""").param(county).query(Long.class).single();
        LocalDate latest = jdbc.sql("select max(window_from) from inspection.task where region_code = ?")
                .param(county).query(LocalDate.class).single();
        String month = "&from=" + latest.withDayOfMonth(1).minusMonths(1) + "&to=" + latest.withDayOfMonth(1).minusDays(1);
        String list = "/api/v1/inspection/tasks?size=50";
        long total = ((Number) JsonPath.read(session.get(list, false), "$.total")).longValue();
        int deep = (int) Math.max(1, (total / 50) / 2);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s, county %s: %d tasks in the supervisor's scope; %d requests per case (%s)", where,
                county, total, requests, java.time.Instant.now()));
        String[][] cases = {
                {"unfiltered, page 1", list},
                {"unfiltered, page " + deep, list + "&page=" + deep},
                {"status=CONCLUDED, page 1", list + "&status=CONCLUDED"},
                {"agency (busiest), page 1", list + "&agency=" + agency},
                {"window = one month, page 1", list + month},
                {"status+agency+month, page 1", list + "&status=CONCLUDED&agency=" + agency + month},
                {"awaiting approval, page 1", list + "&status=AWAITING_APPROVAL"},
        };
        // The JIT compiles the request path during the first few hundred requests: warm up before any case.
        for (int i = 0; i < BenchmarkReport.size("bench.warmup", 10); i++) {
            session.get(cases[i % cases.length][1], false);
        }
        for (String[] each : cases) {
            lines.add(timed(session, each[0], each[1], requests, false));
        }
        lines.add(timed(session, "unfiltered, page 1, HTTP Basic each request", list, requests, true));
        lines.add(serviceOnly(context.getBean(Tasks.class), county, requests));
        BenchmarkReport.write("task-api", lines);
        assertThat(total).isPositive();
    }

    /** The same first page from the service alone: its queries, without HTTP, security or JSON. */
    private static String serviceOnly(Tasks tasks, String county, int requests) {
        SignedInUser supervisor = new SignedInUser(0, "bench", "压测", Role.SUPERVISOR, RegionCode.of(county), null,
                null, true, false, false, null);
        TaskRepository.Search all = new TaskRepository.Search(null, null);
        double[] millis = new double[requests];
        for (int i = -Math.min(5, requests); i < requests; i++) {
            long start = System.nanoTime();
            tasks.search(supervisor, all, new PageRequest(1, 50));
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return line("unfiltered, page 1, service call only", 50, millis);
    }

    private static String timed(ApiSession session, String name, String path, int requests, boolean basic)
            throws Exception {
        for (int i = 0; i < Math.min(10, requests); i++) {
            session.get(path, basic);
        }
        double[] millis = new double[requests];
        int rows = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            String body = session.get(path, basic);
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
