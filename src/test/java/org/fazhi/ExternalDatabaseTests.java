package org.fazhi;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fazhi.platform.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a database URL configured (FAZHI_DB_URL), Fazhi starts no PostgreSQL of its own, loads no demo county and
 * opens one administrator account whose random password must be changed at the first login.
 */
class ExternalDatabaseTests {

    @TempDir
    Path directory;

    @Test
    void anExternalDatabaseGetsNoDemoDataAndOneAdministrator() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("external"))
                .setOverrideWorkingDirectory(directory.resolve("runtime").toFile()).start();
             ConfigurableApplicationContext fazhi = new SpringApplicationBuilder(FazhiApplication.class).run(
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres", "--server.port=0",
                     "--fazhi.data-dir=" + directory.resolve("fazhi"))) {
            assertThat(fazhi.getBean(DemoMode.class).isEnabled()).isFalse();
            assertThat(fazhi.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            JdbcClient jdbc = fazhi.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from registry.agency").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select username || ':' || role || ':' || must_change_password from identity.account")
                    .query(String.class).list()).containsExactly("admin:ADMIN:true");
        }
    }
}
