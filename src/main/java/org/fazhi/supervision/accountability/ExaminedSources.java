package org.fazhi.supervision.accountability;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which source records were examined for fault: a finding of fault (pursued or not) names its source. For the
 * monitoring, whose clues about corrected acts are answered by such a finding.
 */
@Component
public class ExaminedSources {

    private final JdbcClient jdbc;

    ExaminedSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the county's sources of that kind with a finding. */
    public Set<Long> examined(RegionCode county, SourceRef.Kind kind) {
        return new HashSet<>(jdbc.sql("""
                        select distinct source_id from supervision.accountability_finding
                         where region_code = ? and source_type = ?""")
                .params(county.county().value(), kind.name()).query(Long.class).list());
    }

    public boolean examined(SourceRef source) {
        return jdbc.sql("""
                        select exists (select 1 from supervision.accountability_finding
                                        where source_type = ? and source_id = ?)""")
                .params(source.kind().name(), source.id()).query(Boolean.class).single();
    }

    /** The source of a finding, for an event that names only the finding. */
    public Optional<SourceRef> sourceOf(long findingId) {
        return jdbc.sql("select source_type, source_id from supervision.accountability_finding where id = ?")
                .param(findingId)
                .query((rs, row) -> new SourceRef(SourceRef.Kind.valueOf(rs.getString(1)), rs.getLong(2)))
                .optional();
    }
}
