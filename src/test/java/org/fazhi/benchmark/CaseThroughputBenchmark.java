package org.fazhi.benchmark;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.CaseSteps.Request;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.Outcome;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.casework.procedure.CaseState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.casework.CaseworkTestData.evidence;
import static org.fazhi.casework.CaseworkTestData.fine;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9's throughput figures, in one run on one PostgreSQL: whole general-procedure cases (the clue and twelve
 * steps to the archive) through the services by N clients; {@code pgbench -N} with the same clients; and the same
 * procedure as a BPMN process on the Flowable engine ({@link FlowablePeer}); and, on its own, the printing of the
 * documents those cases issued, which happens when they are first read. Each side is warmed up with a tenth of
 * its cases first. Asserts that everything happened (every case archived, every transition in the timeline, the
 * audit trail and the request keys, no lost update), never how fast.
 * Size: {@code -Dbench.clients=8 -Dbench.cases=2000 -Dbench.pgbench-seconds=60} (default 1 client, 3 cases, 2 s).
 */
@FazhiIntegrationTest
@Tag("benchmark")
class CaseThroughputBenchmark {

    /** The clue and the twelve steps of {@link #wholeCase}. */
    private static final int TRANSITIONS_PER_CASE = 13;

    @Autowired CaseworkTestData data;
    @Autowired PenaltyCases cases;
    @Autowired Investigations investigations;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired EmbeddedPostgres server;
    @Autowired MockMvc mvc;

    @Test
    void measuresWholeCasesBesidePgbenchAndFlowable() throws Exception {
        int clients = BenchmarkReport.size("bench.clients", 1);
        int count = BenchmarkReport.size("bench.cases", 3);
        int warmUp = Math.max(1, count / 10);
        int pgbenchSeconds = BenchmarkReport.size("bench.pgbench-seconds", 2);
        List<String> report = new ArrayList<>();
        report.add(String.format("clients=%d cases=%d (after %d to warm up) pgbench -N %d s, scale 1; load average %s"
                + " (%s)", clients, count, warmUp, pgbenchSeconds, loadAverage(), Instant.now()));

        Handling h = data.agency("吞吐局");
        LocalDate violationOn = cases.today().minusDays(10);
        CaseClients.run(clients, warmUp, (client, number) -> wholeCase(h, violationOn));
        TableTraffic before = TableTraffic.now(jdbc);
        CaseClients.Run fazhi = CaseClients.run(clients, count, (client, number) -> wholeCase(h, violationOn));
        String traffic = TableTraffic.now(jdbc).perTransitionSince(before, fazhi.transitions());
        assertEveryCaseArchivedAndRecorded(h, (warmUp + count) * (long) TRANSITIONS_PER_CASE);
        report.add(line("Fazhi services", fazhi) + "; " + traffic);
        report.add(printing(h, clients));

        Pgbench.Result pgbench = new Pgbench(server).simpleUpdate(clients, pgbenchSeconds, 1);
        report.add(String.format("pgbench -N: %.0f tps; load average %s", pgbench.tps(), loadAverage()));

        CaseClients.Run flowable;
        try (FlowablePeer peer = new FlowablePeer(server)) {
            CaseClients.run(clients, warmUp, (client, number) -> peer.oneCase("officer" + client, number));
            TableTraffic engineBefore = TableTraffic.now(peer.database());
            flowable = CaseClients.run(clients, count, (client, number) -> peer.oneCase("officer" + client, number));
            String engineTraffic = TableTraffic.now(peer.database()).perTransitionSince(engineBefore,
                    flowable.transitions());
            assertThat(peer.finishedInstances()).isEqualTo(warmUp + count);
            assertThat(peer.runningInstances()).isZero();
            assertThat(peer.finishedTasks()).isEqualTo((warmUp + count) * (long) FlowablePeer.STEPS.size());
            report.add(line("Flowable 7.2.0, history level " + peer.historyLevel(), flowable) + "; " + engineTraffic);
        }
        report.add(String.format("Fazhi transitions/s ÷ pgbench tps = %.2f (goal ≥ 0.33); Fazhi ÷ Flowable = %.2f"
                + " (goal ≥ 5); load average %s", fazhi.transitionsPerSecond() / pgbench.tps(),
                fazhi.transitionsPerSecond() / flowable.transitionsPerSecond(), loadAverage()));
        BenchmarkReport.write("case-throughput", report);

        assertThat(fazhi.cases()).isEqualTo(count);
        assertThat(flowable.transitions()).isEqualTo(fazhi.transitions());
        assertThat(pgbench.tps()).isPositive();
    }

    /**
     * The documents those cases issued, printed (rendered and stored) by their first reading through the API, by the
     * same clients: the cost the steps no longer carry, measured on its own.
     */
    private String printing(Handling h, int clients) throws Exception {
        List<Long> ids = jdbc.sql("select id from casework.penalty_case where agency_id = ? order by id")
                .param(h.agencyId()).query(Long.class).list();
        long before = unprinted(h);
        CaseClients.Run run = CaseClients.run(clients, ids.size(), (client, number) -> {
            mvc.perform(get("/api/v1/casework/cases/" + ids.get(number) + "/documents").with(user(h.officer())))
                    .andExpect(status().isOk());
            return 0;
        });
        assertThat(unprinted(h)).isZero();
        return String.format("Documents printed at first reading: %d in %.1f s: %.0f documents/s", before,
                run.seconds(), before / run.seconds());
    }

    private long unprinted(Handling h) {
        return count("select count(*) from casework.case_document where file_id is null and case_id in "
                + "(select id from casework.penalty_case where agency_id = :agency)", h);
    }

    /** The clue, then the twelve steps as the county takes them, each with a request key and the version it saw. */
    private int wholeCase(Handling h, LocalDate violationOn) {
        Outcome step = cases.registerClue(h.officer(), new PenaltyCases.ClueForm(SourceKind.COMPLAINT, "12345热线",
                h.party().creditCode(), "群众举报无证经营", null), UUID.randomUUID().toString());
        long id = step.caseId();
        step = cases.fileCase(h.officer(), id, after(step), CaseworkTestData.filing(h, violationOn));
        step = investigations.recordEvidence(h.officer(), id, after(step), evidence());
        step = investigations.submitForReview(h.officer(), id, after(step), fine("2000", null),
                new Investigations.Weight(true, false, false));
        step = investigations.submitForLegalReview(h.officer(), id, after(step));
        step = investigations.passLegalReview(h.head(), id, after(step), "事实清楚，同意");
        step = investigations.notifyParty(h.officer(), id, after(step));
        step = investigations.recordStatement(h.officer(), id, after(step), "当事人放弃陈述申辩", true);
        step = decisions.decide(h.head(), id, after(step), fine("2000", null));
        step = decisions.deliver(h.officer(), id, after(step));
        step = decisions.recordPayment(h.officer(), id, after(step), new BigDecimal("2000"), null);
        step = decisions.close(h.officer(), id, after(step), "罚款已缴清");
        step = decisions.archive(h.head(), id, after(step));
        if (step.to() != CaseState.ARCHIVED) {
            throw new IllegalStateException("case " + id + " ended in " + step.to());
        }
        return TRANSITIONS_PER_CASE;
    }

    private static Request after(Outcome previous) {
        return new Request(UUID.randomUUID().toString(), previous.version());
    }

    /** Every case archived at version 12 (no step lost), and each transition in the timeline, audit and keys once. */
    private void assertEveryCaseArchivedAndRecorded(Handling h, long transitions) {
        String ofTheAgency = "(select id from casework.penalty_case where agency_id = :agency)";
        assertThat(count("select count(*) from casework.penalty_case where agency_id = :agency and state = 'ARCHIVED'"
                + " and version = 12", h)).isEqualTo(transitions / TRANSITIONS_PER_CASE);
        assertThat(count("select count(*) from casework.penalty_case where agency_id = :agency", h))
                .isEqualTo(transitions / TRANSITIONS_PER_CASE);
        assertThat(count("select count(*) from casework.case_event where not refused and case_id in " + ofTheAgency, h))
                .isEqualTo(transitions);
        assertThat(count("select count(*) from casework.case_event where refused and case_id in " + ofTheAgency, h))
                .isZero();
        assertThat(count("select count(*) from casework.request_key where case_id in " + ofTheAgency, h))
                .isEqualTo(transitions);
        assertThat(count("select count(*) from audit.entry where record_type = 'casework.case' and record_id in "
                + "(select id::text from casework.penalty_case where agency_id = :agency)", h)).isEqualTo(transitions);
    }

    private long count(String sql, Handling h) {
        return jdbc.sql(sql).param("agency", h.agencyId()).query(Long.class).single();
    }

    private static String line(String what, CaseClients.Run run) {
        return String.format("%s: %d cases, %d transitions in %.1f s: %.1f cases/s, %.0f transitions/s", what,
                run.cases(), run.transitions(), run.seconds(), run.casesPerSecond(), run.transitionsPerSecond());
    }

    private static String loadAverage() throws java.io.IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
