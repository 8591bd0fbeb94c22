package org.fazhi.identity;

import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The county's enabled supervisors' accounts (司法局执法监督人员), e.g. to name one as an alert's owner. */
@Component
public class SupervisorAccounts {

    public record Supervisor(long accountId, String username, String displayName, RegionCode region) {
    }

    private final JdbcClient jdbc;

    SupervisorAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The supervisor with this username whose region lies within the county. */
    public Optional<Supervisor> find(RegionCode county, String username) {
        return jdbc.sql("""
                select id, username, display_name, region_code from identity.account
                 where username = ? and role = 'SUPERVISOR' and enabled and region_code like ?""")
                .params(username, county.county().value() + "%")
                .query((rs, row) -> new Supervisor(rs.getLong(1), rs.getString(2), rs.getString(3),
                        RegionCode.of(rs.getString(4)))).optional();
    }

    public List<Supervisor> of(RegionCode county) {
        return jdbc.sql("""
                select id, username, display_name, region_code from identity.account
                 where role = 'SUPERVISOR' and enabled and region_code like ? order by username""")
                .param(county.county().value() + "%")
                .query((rs, row) -> new Supervisor(rs.getLong(1), rs.getString(2), rs.getString(3),
                        RegionCode.of(rs.getString(4)))).list();
    }
}
