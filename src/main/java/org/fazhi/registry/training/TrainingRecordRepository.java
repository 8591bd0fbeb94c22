package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TrainingRecordRepository {

    /** What the training list filters by; null or blank means "any". {@code year} is the year trained. */
    public record Search(@Nullable String officer, @Nullable Long agency, @Nullable Integer year) {

        public static Search all() {
            return new Search(null, null, null);
        }
    }

    /** A list row: the record, its officer's and agency's names, and the officer's hours in that year. */
    public record Row(TrainingRecord record, String officerName, String agencyName, BigDecimal officerYearHours) {
    }

    private static final String COLUMNS = """
            t.id, t.region_code, t.agency_id, t.officer_id, t.course, t.trained_on, t.hours, t.organiser,
            t.version""";
    private static final String ROW_COLUMNS = COLUMNS + """
            , o.name as officer_name, a.name as agency_name,
            (select sum(y.hours) from registry.training_record y where y.officer_id = t.officer_id
                and extract(year from y.trained_on) = extract(year from t.trained_on)) as officer_year_hours""";
    private static final String FROM = " from registry.training_record t join registry.officer o on o.id = t.officer_id"
            + " join registry.agency a on a.id = t.agency_id";
    private static final String ORDER = " order by t.trained_on desc, t.id desc";

    private final JdbcClient jdbc;

    TrainingRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TrainingRecord> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.training_record t where t.id = ?").param(id)
                .query(TrainingRecordRepository::map).optional();
    }

    public Optional<Row> findRow(long id) {
        return jdbc.sql("select " + ROW_COLUMNS + FROM + " where t.id = ?").param(id)
                .query(TrainingRecordRepository::mapRow).optional();
    }

    public Page<Row> search(DataScope scope, Search search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<Row> rows = jdbc.sql("select " + ROW_COLUMNS + FROM + where + ORDER + " limit ? offset ?")
                .params(params).query(TrainingRecordRepository::mapRow).list();
        return page.page(rows, total);
    }

    /** Every row of a search, one at a time and in list order, without holding them all: for exports. */
    public void eachRow(DataScope scope, Search search, Consumer<Row> action) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        RowCallbackHandler handler = rs -> action.accept(mapRow(rs, rs.getRow()));
        jdbc.sql("select " + ROW_COLUMNS + FROM + where + ORDER).params(params).query(handler);
    }

    /** The hours of all rows a search finds (not only one page's). */
    public BigDecimal totalHours(DataScope scope, Search search) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, search, params);
        return jdbc.sql("select coalesce(sum(t.hours), 0)" + FROM + where).params(params)
                .query(BigDecimal.class).single();
    }

    /** Hours trained in {@code year} by agency id, within the scope; agencies without training are absent. */
    public Map<Long, BigDecimal> hoursByAgency(DataScope scope, int year) {
        return hoursBy("t.agency_id", scope, year);
    }

    /** Hours trained in {@code year} by officer id, within the scope; officers without training are absent. */
    public Map<Long, BigDecimal> hoursByOfficer(DataScope scope, int year) {
        return hoursBy("t.officer_id", scope, year);
    }

    /** One officer's hours in {@code year}; zero when none. */
    public BigDecimal officerHours(long officerId, int year) {
        return jdbc.sql("""
                        select coalesce(sum(hours), 0) from registry.training_record
                         where officer_id = ? and trained_on >= ? and trained_on < ?""")
                .params(officerId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(BigDecimal.class).single();
    }

    private Map<Long, BigDecimal> hoursBy(String key, DataScope scope, int year) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, new Search(null, null, year), params);
        Map<Long, BigDecimal> hours = new LinkedHashMap<>();
        RowCallbackHandler handler = rs -> hours.put(rs.getLong(1), rs.getBigDecimal(2));
        jdbc.sql("select " + key + ", sum(t.hours) from registry.training_record t" + where + " group by " + key
                + " order by " + key).params(params).query(handler);
        return hours;
    }

    private static String where(DataScope scope, Search search, List<Object> params) {
        StringBuilder where = new StringBuilder(" where t.region_code like ?");
        params.add(scope.regionPattern());
        if (scope.isAgencyScoped()) {
            where.append(" and t.agency_id = ?");
            params.add(scope.agencyId());
        }
        if (search.officer() != null && !search.officer().isBlank()) {
            where.append(" and t.officer_id in (select o2.id from registry.officer o2 where o2.name like ?)");
            params.add("%" + search.officer().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.agency() != null) {
            where.append(" and t.agency_id = ?");
            params.add(search.agency());
        }
        if (search.year() != null) {
            where.append(" and t.trained_on >= ? and t.trained_on < ?");
            params.add(LocalDate.of(search.year(), 1, 1));
            params.add(LocalDate.of(search.year() + 1, 1, 1));
        }
        return where.toString();
    }

    long insert(TrainingRecord record) {
        return jdbc.sql("""
                        insert into registry.training_record (region_code, agency_id, officer_id, course, trained_on,
                                                              hours, organiser)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(record.region().value(), record.agencyId(), record.officerId(), record.course(),
                        record.trainedOn(), record.hours(), record.organiser())
                .query(Long.class).single();
    }

    /** Saves the record if nobody changed it since {@code record.version()} was read; false otherwise. */
    boolean update(TrainingRecord record) {
        return jdbc.sql("""
                        update registry.training_record set region_code = ?, agency_id = ?, officer_id = ?,
                               course = ?, trained_on = ?, hours = ?, organiser = ?, version = version + 1
                         where id = ? and version = ?""")
                .params(record.region().value(), record.agencyId(), record.officerId(), record.course(),
                        record.trainedOn(), record.hours(), record.organiser(), record.id(), record.version())
                .update() == 1;
    }

    private static TrainingRecord map(ResultSet rs, int row) throws SQLException {
        return new TrainingRecord(rs.getLong("id"), new RegionCode(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getLong("officer_id"), rs.getString("course"),
                rs.getObject("trained_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("organiser"),
                rs.getInt("version"));
    }

    private static Row mapRow(ResultSet rs, int row) throws SQLException {
        return new Row(map(rs, row), rs.getString("officer_name"), rs.getString("agency_name"),
                rs.getBigDecimal("officer_year_hours"));
    }
}
