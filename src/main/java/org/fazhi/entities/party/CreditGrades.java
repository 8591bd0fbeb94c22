package org.fazhi.entities.party;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.entities.CreditGrade;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of a party's credit grades: every grade, its date, its source and its reason. */
@Component
public class CreditGrades {

    /** One grade a party was given. */
    public record Change(CreditGrade grade, LocalDate gradedOn, String source, @Nullable String reason) {
    }

    private final JdbcClient jdbc;

    CreditGrades(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Change> history(long partyId) {
        return jdbc.sql("""
                        select grade, graded_on, source, reason from entities.credit_grade_change
                         where party_id = ? order by graded_on desc, id desc""")
                .param(partyId)
                .query((rs, n) -> new Change(CreditGrade.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    void record(long partyId, RegionCode region, CreditGrade grade, LocalDate gradedOn, String source,
                @Nullable String reason) {
        jdbc.sql("""
                        insert into entities.credit_grade_change (party_id, region_code, grade, graded_on, source, reason)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(partyId, region.value(), grade.name(), gradedOn, source, reason).update();
    }

    /** Sets the current grade, unless a later grading already stands, and keeps the history. */
    void regrade(Party party, CreditGrade grade, LocalDate gradedOn, String source, @Nullable String reason) {
        if (source == null || source.isBlank()) {
            throw RuleViolation.of("entities.grade.source.required");
        }
        boolean later = jdbc.sql("select exists (select 1 from entities.credit_grade_change where party_id = ? and graded_on > ?)")
                .params(party.id(), gradedOn).query(Boolean.class).single();
        record(party.id(), party.region(), grade, gradedOn, source.strip(), reason);
        if (!later) {
            jdbc.sql("update entities.party set credit_grade = ?, updated_at = now(), version = version + 1 where id = ?")
                    .params(grade.name(), party.id()).update();
        }
    }
}
