package org.fazhi.platform.files;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fazhi.FazhiIntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check photos and plan documents stored before the file store existed: on a database of their own, migrated to the
 * version before the store, given rows as the old code wrote them, then migrated on. Their files stay where they lie.
 */
@FazhiIntegrationTest
class StoreMigrationIntegrationTests {

    private static final String PHOTO_SM3 = "a".repeat(64);
    private static final String SHARED_SM3 = "b".repeat(64);
    private static final String OWN_SM3 = "c".repeat(64);

    @Autowired EmbeddedPostgres server;

    @Test
    void oldPhotosAndPlanDocumentsAreRecordedInTheStoreWhereTheyLie() throws SQLException {
        String database = "store_migration_" + System.nanoTime();
        execute("create database " + database);
        String url = server.getJdbcUrl("postgres", database);
        try {
            migrate(url, lastVersionBeforeTheStore(url));
            SingleConnectionDataSource connection = new SingleConnectionDataSource(url, "postgres", "", true);
            writeAsTheOldCodeDid(JdbcClient.create(connection));
            connection.destroy();
            migrate(url, null);

            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(url, "postgres", "", false));
            assertThat(jdbc.sql("""
                            select f.owner_type || ' ' || f.owner_id || ' ' || f.region_code || ' ' || f.kind || ' '
                                   || f.size_bytes || ' ' || f.path || ' ' || f.stored_by || ' ' || (f.sm3 = p.sm3)
                              from inspection.check_photo p join platform.stored_file f on f.id = p.file_id
                             order by p.id""").query(String.class).list())
                    .containsExactly("inspection.task 7 410425 PNG 1200 inspection/410425/7/first.png officer1 true",
                            "inspection.task 7 410425 JPEG 3400 inspection/410425/7/second.jpg officer1 true");
            assertThat(jdbc.sql("""
                            select p.agency_id || ' ' || f.owner_id || ' ' || f.kind || ' ' || f.path
                              from inspection.plan_filing p join platform.stored_file f on f.id = p.document_file
                             order by p.id""").query(String.class).list())
                    .containsExactly("11 generated PDF inspection/plan-filings/" + SHARED_SM3 + ".pdf",
                            "12 generated PDF inspection/plan-filings/" + SHARED_SM3 + ".pdf",
                            "13 13 DOCX inspection/plan-filings/" + OWN_SM3 + ".docx");
            assertThat(jdbc.sql("select count(*) from platform.stored_file").query(Long.class).single()).isEqualTo(4);
            assertThat(jdbc.sql("""
                            select column_name from information_schema.columns
                             where table_schema = 'inspection' and table_name = 'check_photo'""")
                    .query(String.class).list()).contains("file_id").doesNotContain("stored_path");
        } finally {
            execute("drop database " + database + " with (force)");
        }
    }

    /** Rows as the photo store and plan documents wrote them; foreign keys off, as no task is needed for this. */
    private static void writeAsTheOldCodeDid(JdbcClient jdbc) {
        jdbc.sql("set session_replication_role = replica").update();
        for (List<Object> photo : List.<List<Object>>of(List.of("image/png", 1200, "inspection/410425/7/first.png"),
                List.of("image/jpeg", 3400, "inspection/410425/7/second.jpg"))) {
            jdbc.sql("""
                    insert into inspection.check_photo (task_id, check_point_id, region_code, media_type, size_bytes,
                           sm3, stored_path, uploaded_by) values (7, 70, '410425', ?, ?, ?, ?, 'officer1')""")
                    .params(photo.get(0), photo.get(1), PHOTO_SM3, photo.get(2)).update();
        }
        fileAPlan(jdbc, 11, "数据生成", "PDF", SHARED_SM3);
        fileAPlan(jdbc, 12, "数据生成", "PDF", SHARED_SM3);
        fileAPlan(jdbc, 13, "agency13", "DOCX", OWN_SM3);
        jdbc.sql("set session_replication_role = origin").update();
    }

    private static void fileAPlan(JdbcClient jdbc, long agency, String filedBy, String type, String sm3) {
        jdbc.sql("""
                insert into inspection.plan_filing (region_code, agency_id, year, status, planned_routine,
                       planned_special, planned_higher_special, item_ids, document_name, document_type, document_size,
                       document_sm3, filed_on, filed_by)
                values ('410425', ?, 2026, 'FILED', 1, 0, 0, '{1}', '计划', ?, 100, ?, date '2026-03-01', ?)""")
                .params(agency, type, sm3, filedBy).update();
    }

    private static void migrate(String url, @Nullable MigrationVersion target) {
        FluentConfiguration configuration = flyway(url);
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }

    /** The newest migration older than the store's (other features add theirs in between). */
    private static MigrationVersion lastVersionBeforeTheStore(String url) {
        MigrationVersion store = MigrationVersion.fromVersion("2026.12.04.95");
        return Arrays.stream(flyway(url).load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version != null && store.isNewerThan(version.getVersion()))
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration")
                .createSchemas(true);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
