package org.fazhi.supervision.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A generated county's 过错责任追究 history, from the county's own supervision records (after its rounds, reviews
 * and transfers are generated): each year some of the round findings (about one in eight, at most eight) and the
 * two lowest-scored files of each finished case-file review, and every clue the supervision commission accepted.
 * The handling follows the mix 004 reports for a county's year (9 units criticised, 14 persons handled, 2 referred
 * to the discipline body, 7 not pursued for want of subjective fault): about 60% pursued, most of those circulated,
 * one or two persons each (the agency's officers of that day); the accepted commission clues referred with 党纪政务处分.
 * One transaction; a county with findings already is left as it is.
 */
@Component
public class CountyAccountability {

    /** Counts of what was written. */
    public record Written(long findings, long pursued, long notPursued, long circulated, long referred, long persons) {
    }

    private static final List<String> NOT_PURSUED = List.of(
            "不存在主观过错，不影响案件定性结果，不追究行政执法过错责任",
            "有利于保护群众合法权益，不追究行政执法过错责任",
            "情节轻微并已及时纠正，未造成不良后果，不予追究");
    private static final HandlingKind[] MIX = {HandlingKind.CRITICISM_EDUCATION, HandlingKind.CRITICISM_EDUCATION,
            HandlingKind.CRITICISM_EDUCATION, HandlingKind.ADMONITION, HandlingKind.ADMONITION,
            HandlingKind.ORGANISATIONAL, HandlingKind.PARTY_GOVERNMENT_SANCTION};

    private record Source(SourceRef.Kind kind, long id, long agencyId, LocalDate from, String fault,
                          boolean accepted) {
    }

    private final JdbcClient jdbc;
    private final CertifiedOfficers officers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CountyAccountability(JdbcClient jdbc, CertifiedOfficers officers, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.transaction = transaction;
        this.clock = clock;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from supervision.accountability_finding where region_code like ?)")
                .param(county.county().value() + "%").query(Boolean.class).single();
    }

    public Written generate(RegionCode county, long seed) {
        return Objects.requireNonNull(transaction.execute(status -> hasAny(county)
                ? new Written(0, 0, 0, 0, 0, 0) : write(county.county(), new Random(seed ^ 0x0ACC_0B17L))));
    }

    private Written write(RegionCode county, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        for (Source source : sources(county)) {
            LocalDate foundOn = source.from().plusDays(20 + random.nextInt(40));
            if (foundOn.isBefore(today)) {
                findings.add(finding(county, source, foundOn, random));
            }
        }
        insert(county, findings);
        long pursued = findings.stream().filter(Finding::pursued).count();
        return new Written(findings.size(), pursued, findings.size() - pursued,
                findings.stream().filter(Finding::circulated).count(),
                findings.stream().filter(Finding::referredToDiscipline).count(),
                findings.stream().mapToLong(f -> f.persons().size()).sum());
    }

    private Finding finding(RegionCode county, Source source, LocalDate foundOn, Random random) {
        boolean referred = source.accepted() || random.nextInt(100) < 8;
        boolean pursued = referred || random.nextInt(100) < 58;
        if (!pursued) {
            return new Finding(0, county, source.agencyId(), new SourceRef(source.kind(), source.id()), source.fault(),
                    foundOn, false, NOT_PURSUED.get(random.nextInt(NOT_PURSUED.size())), false, false, List.of(),
                    "generator", foundOn.atTime(15, 0).atZone(clock.getZone()).toInstant());
        }
        List<CertifiedOfficer> staff = officers.roster(List.of(source.agencyId()), foundOn);
        List<Finding.Person> persons = new ArrayList<>();
        int count = staff.isEmpty() ? 0 : 1 + (random.nextInt(100) < 30 ? 1 : 0);
        for (int i = 0; i < count; i++) {
            CertifiedOfficer officer = staff.get(random.nextInt(staff.size()));
            if (persons.stream().noneMatch(p -> Objects.equals(p.officerId(), officer.officerId()))) {
                persons.add(new Finding.Person(officer.name(), officer.officerId(), referred
                        ? HandlingKind.PARTY_GOVERNMENT_SANCTION : MIX[random.nextInt(MIX.length)]));
            }
        }
        return new Finding(0, county, source.agencyId(), new SourceRef(source.kind(), source.id()), source.fault(),
                foundOn, true, null, random.nextInt(100) < 80, referred, persons, "generator",
                foundOn.atTime(15, 0).atZone(clock.getZone()).toInstant());
    }

    /** The county's records a finding of fault may come from, each with its agency and the day it was known. */
    private List<Source> sources(RegionCode county) {
        String region = county.value() + "%";
        List<Source> sources = new ArrayList<>(jdbc.sql("""
                select id, agency_id, recorded_at::date, description from (
                  select f.*, row_number() over (partition by extract(year from f.recorded_at)
                                                 order by hashtext(f.id::text || f.description), f.id) as n,
                         count(*) over (partition by extract(year from f.recorded_at)) as of_year
                    from supervision.finding f where f.region_code like ? and f.source like 'round:%') ranked
                 where n <= least(8, greatest(1, of_year / 8)) order by id""").param(region)
                .query((rs, n) -> new Source(SourceRef.Kind.SUPERVISION_FINDING, rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), "常态化监督发现：" + rs.getString(4), false)).list());
        sources.addAll(jdbc.sql("""
                select id, agency_id, finished_on, case_code from (
                  select f.id, f.agency_id, c.finished_on, f.case_code,
                         row_number() over (partition by c.id order by avg(a.total), f.id) as n
                    from supervision.review_campaign c
                    join supervision.review_file f on f.campaign_id = c.id
                    join supervision.review_assignment a on a.file_id = f.id and a.total is not null
                   where c.region_code like ? and c.state = 'FINISHED' and c.finished_on is not null
                   group by c.id, f.id) ranked
                 where n <= 2 order by id""").param(region)
                .query((rs, n) -> new Source(SourceRef.Kind.CASE_FILE_REVIEW, rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), "案卷评查：案卷 " + rs.getString(4) + " 得分最低，程序和文书存在问题",
                        false)).list());
        sources.addAll(jdbc.sql("""
                select id, agency_id, decided_on, case_code from supervision.transfer
                 where region_code like ? and kind = 'SUPERVISION_COMMISSION' and outcome = 'ACCEPTED'
                 order by id""").param(region)
                .query((rs, n) -> new Source(SourceRef.Kind.TRANSFER, rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), "监察机关受理移送：案件 " + rs.getString(4)
                        + " 执法人员涉嫌违纪违法", true)).list());
        return sources;
    }

    /** The findings in one statement, their persons in another (matched by source, one finding per source here). */
    private void insert(RegionCode county, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into supervision.accountability_finding (region_code, agency_id, source_type, source_id, fault,
                    found_on, pursued, not_pursued_reason, circulated, referred_to_discipline, recorded_by, recorded_at)
                select :county, * from unnest(:agencies::bigint[], :types::text[], :ids::bigint[], :faults::text[],
                    :foundOn::date[], :pursued::boolean[], :reasons::text[], :circulated::boolean[],
                    :referred::boolean[], :by::text[], :at::timestamptz[])""")
                .param("county", county.value())
                .param("agencies", findings.stream().map(Finding::agencyId).toArray(Long[]::new))
                .param("types", findings.stream().map(f -> f.source().kind().name()).toArray(String[]::new))
                .param("ids", findings.stream().map(f -> f.source().id()).toArray(Long[]::new))
                .param("faults", findings.stream().map(Finding::fault).toArray(String[]::new))
                .param("foundOn", findings.stream().map(f -> f.foundOn().toString()).toArray(String[]::new))
                .param("pursued", findings.stream().map(Finding::pursued).toArray(Boolean[]::new))
                .param("reasons", findings.stream().map(Finding::notPursuedReason).toArray(String[]::new))
                .param("circulated", findings.stream().map(Finding::circulated).toArray(Boolean[]::new))
                .param("referred", findings.stream().map(Finding::referredToDiscipline).toArray(Boolean[]::new))
                .param("by", findings.stream().map(Finding::recordedBy).toArray(String[]::new))
                .param("at", findings.stream().map(f -> f.recordedAt().toString()).toArray(String[]::new))
                .update();
        List<String> types = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<@Nullable Long> officerIds = new ArrayList<>();
        List<String> handlings = new ArrayList<>();
        for (Finding f : findings) {
            for (int i = 0; i < f.persons().size(); i++) {
                types.add(f.source().kind().name());
                ids.add(f.source().id());
                positions.add(i);
                names.add(f.persons().get(i).name());
                officerIds.add(f.persons().get(i).officerId());
                handlings.add(f.persons().get(i).handling().name());
            }
        }
        jdbc.sql("""
                insert into supervision.accountability_person (finding_id, position, name, officer_id, handling)
                select f.id, p.position, p.name, p.officer_id, p.handling
                  from unnest(:types::text[], :ids::bigint[], :positions::int[], :names::text[], :officers::bigint[],
                              :handlings::text[]) as p(source_type, source_id, position, name, officer_id, handling)
                  join supervision.accountability_finding f on f.region_code = :county
                       and f.source_type = p.source_type and f.source_id = p.source_id""")
                .param("county", county.value()).param("types", types.toArray(String[]::new))
                .param("ids", ids.toArray(Long[]::new)).param("positions", positions.toArray(Integer[]::new))
                .param("names", names.toArray(String[]::new)).param("officers", officerIds.toArray(Long[]::new))
                .param("handlings", handlings.toArray(String[]::new)).update();
    }
}
