package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviewers of campaigns, who reviews which file, their scores and the problems they found. */
@Repository
class ReviewRepository {

    /** A reviewer named for a campaign: an officer of the registry and the agency he belongs to. */
    record Reviewer(long officerId, String name, long agencyId) {
    }

    /** One reviewer on one file: when he scored it and his total, if he did. */
    record Assignment(long fileId, long officerId, String name, @Nullable Instant scoredAt, @Nullable BigDecimal total,
                      @Nullable String comment) {
    }

    /** A problem found in a file. */
    record Problem(long id, long fileId, long officerId, String partCode, String itemCode, String text,
                   LocalDate foundOn) {
    }

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addReviewer(long campaignId, Reviewer reviewer) {
        jdbc.sql("""
                        insert into supervision.review_reviewer (campaign_id, officer_id, name, agency_id)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(campaignId, reviewer.officerId(), reviewer.name(), reviewer.agencyId()).update();
    }

    List<Reviewer> reviewers(long campaignId) {
        return jdbc.sql("""
                        select officer_id, name, agency_id from supervision.review_reviewer where campaign_id = ?
                        order by officer_id""")
                .param(campaignId).query(Reviewer.class).list();
    }

    boolean isReviewer(long campaignId, long officerId) {
        return jdbc.sql("select count(*) from supervision.review_reviewer where campaign_id = ? and officer_id = ?")
                .params(campaignId, officerId).query(Integer.class).single() > 0;
    }

    void assign(long fileId, long officerId) {
        jdbc.sql("insert into supervision.review_assignment (file_id, officer_id) values (?, ?) on conflict do nothing")
                .params(fileId, officerId).update();
    }

    List<Assignment> assignments(long fileId) {
        return jdbc.sql("""
                        select a.file_id, a.officer_id, r.name, a.scored_at, a.total, a.comment
                        from supervision.review_assignment a
                        join supervision.review_file f on f.id = a.file_id
                        join supervision.review_reviewer r on r.campaign_id = f.campaign_id and r.officer_id = a.officer_id
                        where a.file_id = ? order by a.officer_id""")
                .param(fileId).query(Assignment.class).list();
    }

    /** The files of a campaign assigned to one reviewer. */
    List<Long> filesOf(long campaignId, long officerId) {
        return jdbc.sql("""
                        select a.file_id from supervision.review_assignment a join supervision.review_file f
                        on f.id = a.file_id where f.campaign_id = ? and a.officer_id = ? order by f.position""")
                .params(campaignId, officerId).query(Long.class).list();
    }

    /** Records a reviewer's scores once; false when he had already scored the file. */
    boolean recordScores(long fileId, long officerId, Map<String, BigDecimal> points, ReviewChecklist checklist,
                         BigDecimal total, @Nullable String comment, Instant at) {
        int changed = jdbc.sql("""
                        update supervision.review_assignment set scored_at = ?, total = ?, comment = ?
                        where file_id = ? and officer_id = ? and scored_at is null""")
                .params(Timestamp.from(at), total, comment, fileId, officerId).update();
        if (changed == 0) {
            return false;
        }
        points.forEach((item, value) -> jdbc.sql("""
                        insert into supervision.review_score (file_id, officer_id, item_code, part_code, points)
                        values (?, ?, ?, ?, ?)""")
                .params(fileId, officerId, item, checklist.partOf(item).orElseThrow().code(), value).update());
        return true;
    }

    Map<String, BigDecimal> scores(long fileId, long officerId) {
        return jdbc.sql("select item_code, points from supervision.review_score where file_id = ? and officer_id = ?")
                .params(fileId, officerId)
                .query(rs -> {
                    Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
                    while (rs.next()) {
                        scores.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                    return scores;
                });
    }

    long addProblem(long fileId, long officerId, RegionCode region, long agencyId, String partCode, String itemCode,
                    String text, LocalDate on) {
        return jdbc.sql("""
                        insert into supervision.review_problem (file_id, officer_id, region_code, agency_id, item_code,
                            part_code, text, found_on) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(fileId, officerId, region.value(), agencyId, itemCode, partCode, text, on)
                .query(Long.class).single();
    }

    List<Problem> problems(long fileId) {
        return jdbc.sql("""
                        select id, file_id, officer_id, part_code, item_code, text, found_on
                        from supervision.review_problem where file_id = ? order by id""")
                .param(fileId).query(Problem.class).list();
    }
}
