package org.fazhi.inspection.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fazhi.identity.DataScope;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported inspections, in {@code inspection.imported_inspection}. */
@Repository
class HistoryRepository {

    private static final String COLUMNS = """
            id, region_code, agency_id, party_id, enterprise, inspected_on, kind, item_ids, item_codes, result,
            inspectors, note, imported_by, imported_at""";

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ImportedInspection record) {
        return jdbc.sql("""
                insert into inspection.imported_inspection (region_code, agency_id, party_id, enterprise, inspected_on,
                       kind, item_ids, item_codes, result, inspectors, note, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(record.county().value(), record.agencyId(), record.partyId(), record.enterprise(),
                        record.inspectedOn(), record.kind().name(), record.itemIds().toArray(Long[]::new),
                        record.itemCodes().toArray(String[]::new), record.result().name(), record.inspectors(),
                        record.note(), record.importedBy())
                .query(Long.class).single();
    }

    /**
     * Whether the agency's visit to the party on that day is already known: as a task whose window holds the day
     * (unless refused or revoked, so it never took place) or as an imported record. Importing it again would count
     * one inspection twice.
     */
    boolean isKnown(long agencyId, long partyId, LocalDate day) {
        return jdbc.sql("""
                select exists (select 1 from inspection.task
                                where party_id = :party and :agency = any(agency_ids)
                                  and :day between window_from and window_to and status not in ('REFUSED', 'REVOKED'))
                    or exists (select 1 from inspection.imported_inspection
                                where party_id = :party and agency_id = :agency and inspected_on = :day)""")
                .param("party", partyId).param("agency", agencyId).param("day", day)
                .query(Boolean.class).single();
    }

    /** The records in scope, of one agency or all, in one year or all years, newest first. */
    List<ImportedInspection> list(DataScope scope, @Nullable Long agencyId, @Nullable Integer year, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                  from inspection.imported_inspection
                 where region_code = left(:region, 6)
                   and (cast(:scopeAgency as bigint) is null or agency_id = :scopeAgency)
                   and (cast(:agency as bigint) is null or agency_id = :agency)
                   and (cast(:year as int) is null or extract(year from inspected_on) = :year)
                 order by inspected_on desc, id desc limit :limit""")
                .param("region", scope.region().value()).param("scopeAgency", scope.agencyId())
                .param("agency", agencyId).param("year", year).param("limit", limit)
                .query(HistoryRepository::map).list();
    }

    List<ImportedInspection> ofParty(long partyId, LocalDate since) {
        return jdbc.sql("select " + COLUMNS + " from inspection.imported_inspection where party_id = ? and inspected_on >= ?")
                .params(partyId, since).query(HistoryRepository::map).list();
    }

    private static ImportedInspection map(ResultSet rs, int row) throws SQLException {
        Timestamp importedAt = rs.getTimestamp("imported_at");
        return new ImportedInspection(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getLong("party_id"), rs.getBoolean("enterprise"),
                rs.getObject("inspected_on", LocalDate.class), TaskKind.valueOf(rs.getString("kind")),
                Arrays.asList((Long[]) rs.getArray("item_ids").getArray()),
                Arrays.asList((String[]) rs.getArray("item_codes").getArray()),
                InspectionResult.valueOf(rs.getString("result")), rs.getString("inspectors"), rs.getString("note"),
                rs.getString("imported_by"), importedAt == null ? null : importedAt.toInstant());
    }
}
