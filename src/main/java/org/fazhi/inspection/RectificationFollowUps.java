package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inspections that ordered a party to put things right (责令整改, result {@link InspectionResult#RECTIFICATION})
 * or checked and found nothing wrong (复查, {@link InspectionResult#NO_PROBLEM}): the regulation a fine should come
 * with. An inspection that again found a case to file is neither.
 */
@Service
public class RectificationFollowUps {

    /** One such inspection, by the agencies that made it, concluded on a Beijing date. */
    public record FollowUp(long taskId, String taskCode, long partyId, List<Long> agencyIds, InspectionResult result,
                           LocalDate concludedOn) {

        public FollowUp {
            agencyIds = List.copyOf(agencyIds);
        }
    }

    private final JdbcClient jdbc;

    RectificationFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The follow-ups of these parties of the county concluded on or after {@code since}. */
    public List<FollowUp> of(RegionCode county, Collection<Long> partyIds, LocalDate since) {
        if (partyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, code, party_id, agency_ids, result, (concluded_at at time zone 'Asia/Shanghai')::date
                  from inspection.task
                 where party_id = any(?) and region_code = ? and status = 'CONCLUDED'
                   and result in ('RECTIFICATION', 'NO_PROBLEM')
                   and concluded_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'""")
                .params(partyIds.toArray(Long[]::new), county.value(), since)
                .query((rs, row) -> new FollowUp(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        Arrays.asList((Long[]) rs.getArray(4).getArray()), InspectionResult.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }
}
