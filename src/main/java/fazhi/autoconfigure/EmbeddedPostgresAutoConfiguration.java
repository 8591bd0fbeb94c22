package fazhi.autoconfigure;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL server owned by the application when no database URL is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Lives outside {@code org.fazhi} so that every
 * module test sees it and Spring Modulith does not take it for a business module.
 *
 * <p>The DataSource depends on the server bean, so Spring closes the pool before the server stops.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    /**
     * Business dates are Beijing dates in SQL too ({@code current_date}, {@code ::date}), whatever the zone of the
     * machine; application.properties says the same for an external database.
     */
    static final String BEIJING_SESSIONS = "set time zone 'Asia/Shanghai'";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        return new EmbeddedPostgresServer(properties).start();
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgres server, EmbeddedPostgresProperties properties) throws SQLException {
        createDatabaseIfMissing(server, properties.database());
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.getJdbcUrl("postgres", properties.database()));
        pool.setUsername("postgres");
        pool.setPoolName("fazhi-embedded");
        pool.setMaximumPoolSize(10);
        pool.setConnectionInitSql(BEIJING_SESSIONS);
        log.info("嵌入式 PostgreSQL 已就绪: 端口 {}, 数据目录 {}", server.getPort(),
                properties.dataDirectory().toAbsolutePath().normalize());
        return pool;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) throws SQLException {
        DataSource admin = server.getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8' template template0");
        }
    }
}
