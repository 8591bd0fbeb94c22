package org.fazhi.inspection.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.DataScope;
import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.ScanKind;
import org.fazhi.inspection.task.Visits;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 亮码即定位: the place a phone shared for a scan, measured from the party's registered address; scans too far from it
 * are flagged and listed for the supervisors (虚假扫码 is misconduct). The enterprise's phone adds its place to the
 * visit-code scan it has just made; an inspector's phone sends it with the licence scan. Sharing is never required:
 * a scan without a place is as valid as one with.
 */
@Service
public class LocatedScans {

    static final String RECORD_TYPE = "inspection.code_scan";
    /** The visit page stays open while the inspectors are there; a place sent later than this is not taken. */
    static final int LOCATABLE_MINUTES = 30;

    /** A located scan as the supervisors see it. */
    public record Row(long scanId, long taskId, String taskCode, long partyId, ScanKind kind, boolean checkedIn,
                      java.time.Instant scannedAt, GeoPoint at, int accuracyMetres, CheckInDistance distance) {
    }

    private final Visits visits;
    private final PartyDirectory parties;
    private final InspectionProperties rules;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    LocatedScans(Visits visits, PartyDirectory parties, InspectionProperties rules, JdbcClient jdbc,
                 ApplicationEventPublisher events) {
        this.visits = visits;
        this.parties = parties;
        this.rules = rules;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Adds where the enterprise's phone was to the visit-code scan it made a moment ago. Only that scan: of this
     * (still valid) code, genuine, not yet located, made in the last {@value #LOCATABLE_MINUTES} minutes.
     */
    @Transactional
    public CheckInDistance locate(String token, long scanId, ScanLocation at) {
        InspectionTask task = visits.taskOf(token)
                .orElseThrow(() -> RuleViolation.of("inspection.checkin.location.code-invalid"));
        return write(scanId, task, at, true)
                .orElseThrow(() -> RuleViolation.of("inspection.checkin.location.not-this-scan"));
    }

    /** Records where an inspector's phone was for a licence scan just recorded. */
    CheckInDistance record(long scanId, InspectionTask task, ScanLocation at) {
        return write(scanId, task, at, false).orElseThrow();
    }

    /** Measures and writes the scan's place; {@code justMade} also asks that it be the visit-code scan just made. */
    private Optional<CheckInDistance> write(long scanId, InspectionTask task, ScanLocation at, boolean justMade) {
        CheckInDistance distance = CheckInDistance.between(at, parties.locationOf(task.partyId()).orElse(null),
                rules.farCheckInMetres());
        int updated = jdbc.sql("""
                update inspection.code_scan set latitude = :lat, longitude = :lng, accuracy_m = :accuracy,
                       distance_m = :distance, far = :far, located_at = now()
                 where id = :scan and task_id = :task
                   and (not :justMade or (kind = 'VISIT_CODE' and outcome = 'GENUINE' and located_at is null
                                          and scanned_at > now() - make_interval(mins => :minutes)))""")
                .param("lat", at.point().latitude()).param("lng", at.point().longitude())
                .param("accuracy", at.accuracyMetres()).param("distance", distance.metres())
                .param("far", distance.far()).param("scan", scanId).param("task", task.id())
                .param("justMade", justMade).param("minutes", LOCATABLE_MINUTES).update();
        if (updated != 1) {
            return Optional.empty();
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, scanId, task.county(),
                List.of("latitude", "longitude", "accuracy", "distance", "far")));
        return Optional.of(distance);
    }

    /** Flagged scans of the tasks in the scope (an agency: those it takes part in), newest first. */
    public Page<Row> far(DataScope scope, PageRequest page) {
        String where = "\n" + """
                 from inspection.code_scan s join inspection.task t on t.id = s.task_id
                 where s.far and t.region_code = left(:region, 6)
                   and (:agency::bigint is null or :agency = any(t.agency_ids))""";
        long total = jdbc.sql("select count(*)" + where).param("region", scope.region().value())
                .param("agency", scope.agencyId()).query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + where + " order by s.scanned_at desc, s.id desc limit :limit offset :offset")
                .param("region", scope.region().value()).param("agency", scope.agencyId())
                .param("limit", page.size()).param("offset", page.offset()).query(LocatedScans::map).list();
        return page.page(rows, total);
    }

    /** The located scans of one task the caller has already been allowed to see, oldest first. */
    public List<Row> ofTask(InspectionTask task) {
        return jdbc.sql(SELECT + "\n" + """
                 from inspection.code_scan s join inspection.task t on t.id = s.task_id
                 where s.task_id = ? and s.located_at is not null order by s.scanned_at, s.id""")
                .param(task.id()).query(LocatedScans::map).list();
    }

    private static final String SELECT = """
            select s.id, s.task_id, t.code, t.party_id, s.kind, s.checked_in, s.scanned_at, s.latitude, s.longitude,
                   s.accuracy_m, s.distance_m, s.far""";

    private static Row map(ResultSet rs, int row) throws SQLException {
        long distance = rs.getLong("distance_m");
        Long metres = rs.wasNull() ? null : distance;
        return new Row(rs.getLong("id"), rs.getLong("task_id"), rs.getString("code"), rs.getLong("party_id"),
                ScanKind.valueOf(rs.getString("kind")), rs.getBoolean("checked_in"),
                rs.getTimestamp("scanned_at").toInstant(),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getInt("accuracy_m"),
                new CheckInDistance(metres, rs.getBoolean("far")));
    }
}
