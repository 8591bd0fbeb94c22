package org.fazhi.registry;

import java.util.List;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every county this installation keeps (one, or a province's when it serves several), in code order. */
@Component
public class Counties {

    private final JdbcClient jdbc;

    Counties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionCode> all() {
        return jdbc.sql("select code from registry.region where kind = 'COUNTY' order by code")
                .query((rs, row) -> RegionCode.of(rs.getString(1))).list();
    }
}
