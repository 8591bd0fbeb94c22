package org.fazhi.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workflow-engine peer: Flowable's process engine, standalone, on the same PostgreSQL server in a database and
 * schema of its own, with its default history level, running the general procedure as a BPMN process
 * ({@code bpmn/general-procedure.bpmn20.xml}). A case is one process instance started (the clue) and its twelve user
 * tasks completed in turn, each found by a task query first, as a client that knows only the case would do; each
 * completion carries the variables Fazhi's step records (facts, evidence, fine, opinion...). Closing drops it all.
 */
final class FlowablePeer implements AutoCloseable {

    /** The user tasks in the order the procedure takes them; the legal review passes. */
    static final List<String> STEPS = List.of("file", "recordEvidence", "submitForReview", "submitForLegalReview",
            "legalReview", "notify", "recordStatement", "decide", "deliver", "recordPayment", "close", "archive");

    private final EmbeddedPostgres server;
    private final String database = "flowable_" + System.nanoTime();
    private final HikariDataSource pool;
    private final ProcessEngine engine;

    FlowablePeer(EmbeddedPostgres server) throws SQLException {
        this.server = server;
        execute(server, "postgres", "create database " + database);
        execute(server, database, "create schema flowable");
        pool = new HikariDataSource();
        pool.setJdbcUrl(server.getJdbcUrl("postgres", database) + "&currentSchema=flowable");
        pool.setUsername("postgres");
        pool.setPoolName("flowable-peer");
        pool.setMaximumPoolSize(10);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(pool);
        configuration.setDatabaseSchema("flowable");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAsyncExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/general-procedure.bpmn20.xml")
                .deploy();
    }

    /** The history level the engine runs with: its default, as nothing here sets one. */
    String historyLevel() {
        return engine.getProcessEngineConfiguration().getHistoryLevel().getKey();
    }

    /** One whole case by {@code user}: the instance started, its tasks completed; returns the transitions taken. */
    int oneCase(String user, int number) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        Authentication.setAuthenticatedUserId(user);
        try {
            ProcessInstance instance = runtime.startProcessInstanceByKey("generalProcedure", "AJ-" + number,
                    Map.of("source", "COMPLAINT", "partyCode", "91410425MA00000000", "summary", "群众举报无证经营"));
            for (String step : STEPS) {
                Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
                if (task == null || !task.getTaskDefinitionKey().equals(step)) {
                    throw new IllegalStateException("case " + number + " expected " + step + ", has " + task);
                }
                tasks.complete(task.getId(), variables(step));
            }
            return 1 + STEPS.size();
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    long finishedInstances() {
        return history().createHistoricProcessInstanceQuery().finished().count();
    }

    long finishedTasks() {
        return history().createHistoricTaskInstanceQuery().finished().count();
    }

    long runningInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    /** A client of the engine's own database, for its statistics. */
    JdbcClient database() {
        return JdbcClient.create(pool);
    }

    private HistoryService history() {
        return engine.getHistoryService();
    }

    private static Map<String, Object> variables(String step) {
        return switch (step) {
            case "file" -> Map.of("facts", "无证经营食品", "handlers", "1,2", "violationOn", "2026-11-24");
            case "recordEvidence" -> Map.of("evidence", "现场检查笔录：经营场所无食品经营许可证");
            case "submitForReview" -> Map.of("proposedFineFen", 200_000L, "tier", "一般");
            case "legalReview" -> Map.of("legalReviewPassed", true, "legalReviewNote", "事实清楚，同意");
            case "recordStatement" -> Map.of("rightsWaived", true);
            case "decide" -> Map.of("decidedFineFen", 200_000L, "decisionReason", "违法事实清楚，证据确凿");
            case "recordPayment" -> Map.of("paidFen", 200_000L);
            case "close" -> Map.of("closingNote", "罚款已缴清");
            default -> Map.of();
        };
    }

    @Override
    public void close() throws SQLException {
        engine.close();
        pool.close();
        execute(server, "postgres", "drop database " + database + " with (force)");
    }

    private static void execute(EmbeddedPostgres server, String database, String sql) throws SQLException {
        try (Connection connection = server.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
