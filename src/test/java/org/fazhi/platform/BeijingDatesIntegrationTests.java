package org.fazhi.platform;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database dates as the application's clock does: an instant after 16:00 UTC is already the next day in Beijing,
 * so {@code current_date} in a query and {@code LocalDate.now(clock)} in Java never disagree for eight hours a day.
 */
@FazhiIntegrationTest
class BeijingDatesIntegrationTests {

    @Autowired JdbcClient jdbc;

    @Test
    void sessionsDateInstantsInBeijing() {
        assertThat(jdbc.sql("select current_setting('TimeZone')").query(String.class).single())
                .isEqualTo("Asia/Shanghai");
        assertThat(jdbc.sql("select (timestamptz '2026-12-06 17:00:00+00')::date").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
