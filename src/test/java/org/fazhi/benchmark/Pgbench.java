package org.fazhi.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL's own benchmark on the same server as the application: {@code pgbench -i} into a database of its own,
 * then {@code pgbench -N} (TPC-B-like without the branch and teller updates: per transaction one update, one select
 * and one insert) with the given clients for the given seconds. The database is dropped afterwards. Needs the
 * {@code pgbench} of Debian's postgresql-client on the PATH (.ci/run installs it).
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** What pgbench said: transactions per second, and its whole report. */
    record Result(double tps, String report) {
    }

    private final EmbeddedPostgres server;

    Pgbench(EmbeddedPostgres server) {
        this.server = server;
    }

    Result simpleUpdate(int clients, int seconds, int scale) throws Exception {
        String database = "pgbench_" + System.nanoTime();
        execute("create database " + database);
        try {
            run(List.of("-i", "-q", "-s", String.valueOf(scale)), database);
            String report = run(List.of("-N", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)),
                    "-T", String.valueOf(seconds)), database);
            Matcher tps = TPS.matcher(report);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench gave no tps:\n" + report);
            }
            return new Result(Double.parseDouble(tps.group(1)), report);
        } finally {
            execute("drop database " + database + " with (force)");
        }
    }

    private String run(List<String> arguments, String database) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", "localhost", "-p",
                String.valueOf(server.getPort()), "-U", "postgres"));
        command.addAll(arguments);
        command.add(database);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("pgbench is not installed (apt-get install postgresql-client)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
