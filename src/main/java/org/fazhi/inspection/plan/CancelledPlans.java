package org.fazhi.inspection.plan;

import java.util.List;

import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans cancelled after publication, counted per lead agency and year of publication, with their reasons: the
 * operator can still refuse a draw whose outcome it dislikes, but a pattern of such cancellations is public.
 */
@Component
public class CancelledPlans {

    /**
     * One agency's year: plans published, cancelled after publication, of those cancelled once the outcome could be
     * computed (the public value read, or an old plan's secret seed alone), and after the draw; the reasons in order.
     */
    public record Tally(long agencyId, String agency, int year, int published, int cancelled, int outcomeKnowable,
                        int afterDraw, List<String> reasons) {

        public Tally {
            reasons = List.copyOf(reasons);
        }
    }

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    CancelledPlans(JdbcClient jdbc, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** The agencies and years with at least one cancellation, newest year first, most cancellations first. */
    public List<Tally> byAgencyAndYear(@Nullable RegionCode county) {
        return jdbc.sql("""
                select p.lead_agency_id, extract(year from p.published_at at time zone 'Asia/Shanghai')::int as year,
                       count(*) as published,
                       count(*) filter (where p.status = 'CANCELLED') as cancelled,
                       count(*) filter (where p.status = 'CANCELLED' and (p.seed_mode = 'COMMITTED'
                           or p.cancelled_at >= coalesce(p.reading_at, p.draw_on::timestamp at time zone 'Asia/Shanghai'))
                       ) as knowable,
                       count(*) filter (where p.status = 'CANCELLED' and d.id is not null) as after_draw,
                       array_agg(p.cancel_reason order by p.cancelled_at) filter (where p.status = 'CANCELLED')
                           as reasons
                  from inspection.plan p left join inspection.draw d on d.plan_id = p.id
                 where p.published_at is not null and (:county::text is null or p.region_code = :county)
                 group by 1, 2
                having count(*) filter (where p.status = 'CANCELLED') > 0
                 order by 2 desc, 4 desc, 1""")
                .param("county", county == null ? null : county.value())
                .query((rs, row) -> new Tally(rs.getLong(1), agencies.nameOf(rs.getLong(1)).orElse(""), rs.getInt(2),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        List.of((String[]) rs.getArray(7).getArray())))
                .list();
    }
}
