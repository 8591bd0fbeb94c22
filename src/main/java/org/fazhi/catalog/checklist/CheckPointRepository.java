package org.fazhi.catalog.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.platform.PublishedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The check points of item versions. Points keep their ids while they are edited or moved; positions are made
 * unique again by the end of each transaction (the constraint is deferred), so a reorder can move rows one by one.
 */
@Repository
public class CheckPointRepository {

    private static final String COLUMNS = "id, item_id, position, content, standard, legal_basis, key_point";

    private final JdbcClient jdbc;
    private final PublishedContent published;

    CheckPointRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    public List<CheckPoint> ofItem(long itemId) {
        return jdbc.sql("select " + COLUMNS + " from catalog.check_point where item_id = ? order by position")
                .param(itemId).query(CheckPointRepository::map).list();
    }

    /** The checklists of several versions in one query, by version id; a version without points is absent. */
    public Map<Long, List<CheckPoint>> ofItems(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from catalog.check_point where item_id = any(?) order by item_id, position")
                .param(itemIds.toArray(Long[]::new)).query(CheckPointRepository::map).list().stream()
                .collect(Collectors.groupingBy(CheckPoint::itemId, LinkedHashMap::new, Collectors.toList()));
    }

    /** A revision starts with the checklist of the version it follows (its points get new ids of their own). */
    public int copy(long fromItemId, long toItemId) {
        published.changed("catalog");
        return jdbc.sql("""
                insert into catalog.check_point (item_id, region_code, position, content, standard, legal_basis,
                                                 key_point)
                select ?, region_code, position, content, standard, legal_basis, key_point
                  from catalog.check_point where item_id = ? order by position""")
                .params(toItemId, fromItemId).update();
    }

    /** Makes the drafts, in this order, the version's whole checklist: drafts naming one of its points edit it. */
    void replace(EnforcementItem item, List<CheckPointDraft> drafts) {
        published.changed("catalog");
        Set<Long> existing = ofItem(item.id()).stream().map(CheckPoint::id).collect(Collectors.toSet());
        Long[] kept = drafts.stream().map(CheckPointDraft::id).filter(existing::contains).toArray(Long[]::new);
        jdbc.sql("delete from catalog.check_point where item_id = ? and id <> all(?)").params(item.id(), kept).update();
        for (int i = 0; i < drafts.size(); i++) {
            CheckPointDraft draft = drafts.get(i);
            if (draft.id() != null && existing.contains(draft.id())) {
                update(draft.id(), i + 1, draft);
            } else {
                insert(item, i + 1, draft);
            }
        }
    }

    /** Sets the point at a position (an import row): the point there is edited in place, or a new one added. */
    void put(EnforcementItem item, int position, CheckPointDraft draft) {
        published.changed("catalog");
        int updated = jdbc.sql("""
                update catalog.check_point set content = ?, standard = ?, legal_basis = ?, key_point = ?
                 where item_id = ? and position = ?""")
                .params(draft.content(), draft.standard(), draft.legalBasis(), draft.keyPoint(), item.id(), position)
                .update();
        if (updated == 0) {
            insert(item, position, draft);
        }
    }

    /** How many points each version has, by version id. */
    Map<Long, Integer> counts(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select item_id, count(*) from catalog.check_point where item_id = any(?) group by item_id")
                .param(itemIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void update(long id, int position, CheckPointDraft draft) {
        jdbc.sql("""
                update catalog.check_point set position = ?, content = ?, standard = ?, legal_basis = ?, key_point = ?
                 where id = ?""")
                .params(position, draft.content(), draft.standard(), draft.legalBasis(), draft.keyPoint(), id).update();
    }

    private void insert(EnforcementItem item, int position, CheckPointDraft draft) {
        jdbc.sql("""
                insert into catalog.check_point (item_id, region_code, position, content, standard, legal_basis,
                                                 key_point)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(item.id(), item.region().value(), position, draft.content(), draft.standard(),
                        draft.legalBasis(), draft.keyPoint()).update();
    }

    private static CheckPoint map(ResultSet rs, int row) throws SQLException {
        return new CheckPoint(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("position"), rs.getString("content"),
                rs.getString("standard"), rs.getString("legal_basis"), rs.getBoolean("key_point"));
    }
}
