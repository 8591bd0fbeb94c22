package org.fazhi.inspection.filing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.StaleEdit;
import org.fazhi.platform.files.FileKind;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan filings; decisions check the version the reviewer saw. */
@Repository
class FilingRepository {

    private static final String COLUMNS = """
            id, region_code, agency_id, year, status, planned_routine, planned_special, planned_higher_special,
            item_ids, note, document_file, document_name, document_type, document_size, document_sm3, filed_on, filed_by,
            decided_by, decided_on, return_reason, version""";

    private final JdbcClient jdbc;

    FilingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a filing; empty when the agency already has one for the year awaiting review or accepted. */
    Optional<Long> insert(PlanFiling filing) {
        try {
            return Optional.of(jdbc.sql("""
                    insert into inspection.plan_filing (region_code, agency_id, year, status, planned_routine,
                           planned_special, planned_higher_special, item_ids, note, document_file, document_name,
                           document_type, document_size, document_sm3, filed_on, filed_by)
                    values (?, ?, ?, 'FILED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(filing.county().value(), filing.agencyId(), filing.year(), filing.plannedRoutine(),
                            filing.plannedSpecial(), filing.plannedHigherSpecial(),
                            filing.itemIds().toArray(Long[]::new), filing.note(), filing.document().file(),
                            filing.document().name(),
                            filing.document().type().name(), filing.document().size(), filing.document().sm3(),
                            filing.filedOn(), filing.filedBy())
                    .query(Long.class).single());
        } catch (DuplicateKeyException alreadyFiled) {
            return Optional.empty();
        }
    }

    /** Adds the item's new version to every plan of the county naming its previous one; the plans changed. */
    List<Long> followRevision(String county, long previousVersionId, long newVersionId) {
        return jdbc.sql("""
                update inspection.plan_filing set item_ids = item_ids || :next
                 where region_code = :county and :previous = any(item_ids) and not (:next = any(item_ids))
                returning id""")
                .param("county", county).param("previous", previousVersionId).param("next", newVersionId)
                .query(Long.class).list();
    }

    Optional<PlanFiling> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from inspection.plan_filing where id = ?").param(id)
                .query(FilingRepository::map).optional();
    }

    /** The scope's filings for a year (all years when null), newest first. */
    List<PlanFiling> within(DataScope scope, @Nullable Integer year) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                  from inspection.plan_filing
                 where region_code = left(:region, 6) and (:agency::bigint is null or agency_id = :agency)
                   and (:year::int is null or year = :year)
                 order by id desc""")
                .param("region", scope.region().value()).param("agency", scope.agencyId()).param("year", year)
                .query(FilingRepository::map).list();
    }

    void decide(long id, int version, FilingStatus status, String username, java.time.LocalDate on,
                @Nullable String reason) {
        int updated = jdbc.sql("""
                update inspection.plan_filing set status = ?, decided_by = ?, decided_on = ?, return_reason = ?,
                       version = version + 1
                 where id = ? and version = ? and status = 'FILED'""")
                .params(status.name(), username, on, reason, id, version).update();
        if (updated != 1) {
            throw new StaleEdit(PlanFilings.RECORD_TYPE, id);
        }
    }

    private static PlanFiling map(ResultSet rs, int row) throws SQLException {
        return new PlanFiling(rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"),
                rs.getInt("year"), FilingStatus.valueOf(rs.getString("status")), rs.getInt("planned_routine"),
                rs.getInt("planned_special"), rs.getInt("planned_higher_special"),
                Arrays.asList((Long[]) rs.getArray("item_ids").getArray()), rs.getString("note"),
                new PlanDocument(rs.getLong("document_file"), rs.getString("document_name"),
                        FileKind.valueOf(rs.getString("document_type")), rs.getLong("document_size"),
                        rs.getString("document_sm3")),
                rs.getObject("filed_on", java.time.LocalDate.class), rs.getString("filed_by"),
                rs.getString("decided_by"), rs.getObject("decided_on", java.time.LocalDate.class),
                rs.getString("return_reason"), rs.getInt("version"));
    }
}
