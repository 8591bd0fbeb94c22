package org.fazhi.registry.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RegionRepository {

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(RegionCode code) {
        return jdbc.sql("select code, name, kind, parent_code, version from registry.region where code = ?")
                .param(code.value()).query(RegionRepository::map).optional();
    }

    /** The region and everything below it, county first, then townships by code. */
    public List<Region> within(RegionCode region) {
        return jdbc.sql("""
                        select code, name, kind, parent_code, version from registry.region
                         where code like ? order by length(code), code""")
                .param(region.value() + "%").query(RegionRepository::map).list();
    }

    public Optional<Region> findByName(RegionCode within, String name) {
        return jdbc.sql("select code, name, kind, parent_code, version from registry.region where code like ? and name = ?")
                .params(within.county().value() + "%", name.trim()).query(RegionRepository::map).optional();
    }

    /** A region of the county by its code (as stored: 6 digits for the county, 9 for a township) or its name. */
    public Optional<Region> findByCodeOrName(RegionCode within, String codeOrName) {
        String value = codeOrName.strip();
        if (RegionCode.isValid(value)) {
            return find(RegionCode.of(value)).filter(region -> within.county().contains(region.code()));
        }
        return findByName(within, value);
    }

    void insert(Region region) {
        jdbc.sql("insert into registry.region (code, name, kind, parent_code, region_code) values (?, ?, ?, ?, ?)")
                .params(region.code().value(), region.name(), region.kind().name(),
                        region.parent() == null ? null : region.parent().value(), region.code().value())
                .update();
    }

    boolean rename(RegionCode code, String name, RegionKind kind, int version) {
        return jdbc.sql("update registry.region set name = ?, kind = ?, version = version + 1 where code = ? and version = ?")
                .params(name, kind.name(), code.value(), version).update() == 1;
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_code");
        return new Region(new RegionCode(rs.getString("code")), rs.getString("name"),
                RegionKind.valueOf(rs.getString("kind")), parent == null ? null : new RegionCode(parent),
                rs.getInt("version"));
    }
}
