package org.fazhi.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.registry.UncertifiedPeriod.Lapse;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When the officers were not certified (持证), day by day: for supervision, which checks acts already done against
 * the certificates that were valid on their day. A certificate is valid from its issue to its expiry; a suspended or
 * revoked one stops being valid on the day its status changed. The registry keeps a certificate's current status
 * only, so a suspension that was lifted since leaves no gap (the days in between read as valid).
 */
@Service
public class CertificateValidity {

    private static final String CERTIFICATES = """
            select o.id as officer_id, o.name, o.agency_id, c.number, c.issued_on, c.expires_on, c.status,
                   c.status_changed_on
              from registry.officer o
              left join registry.certificate c on c.officer_id = o.id and c.kind = 'ENFORCEMENT'
             where %s
             order by o.id, c.issued_on""";

    private final JdbcClient jdbc;

    CertificateValidity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The uncertified periods of every officer of the county (its townships' too). */
    public List<UncertifiedPeriod> ofCounty(RegionCode county) {
        return periods(jdbc.sql(CERTIFICATES.formatted("o.region_code like :county"))
                .param("county", county.county().value() + "%").query(CertificateValidity::row).list());
    }

    /** The uncertified periods of these officers. */
    public List<UncertifiedPeriod> ofOfficers(Collection<Long> officerIds) {
        if (officerIds.isEmpty()) {
            return List.of();
        }
        return periods(jdbc.sql(CERTIFICATES.formatted("o.id = any(:ids)"))
                .param("ids", officerIds.toArray(Long[]::new)).query(CertificateValidity::row).list());
    }

    /** The officer a certificate belongs to. */
    public Optional<Long> officerOfCertificate(long certificateId) {
        return jdbc.sql("select officer_id from registry.certificate where id = ?").param(certificateId)
                .query(Long.class).optional();
    }

    /** The officers these certificates belong to, for each certificate found. */
    public Map<Long, Long> officersOfCertificates(Collection<Long> certificateIds) {
        Map<Long, Long> officers = new LinkedHashMap<>();
        if (!certificateIds.isEmpty()) {
            jdbc.sql("select id, officer_id from registry.certificate where id = any(?) order by id")
                    .param(certificateIds.toArray(Long[]::new))
                    .query(rs -> {
                        officers.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return officers;
    }

    /** One officer's enforcement certificate as the registry holds it; all nulls for an officer without one. */
    record Held(long officerId, String officerName, long agencyId, @Nullable String number,
                @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn, @Nullable String status,
                @Nullable LocalDate statusChangedOn) {

        /** The last day it was valid: its expiry, or the day before it was suspended or revoked. */
        LocalDate lastValidDay() {
            if ("VALID".equals(status) || statusChangedOn == null) {
                return "VALID".equals(status) ? expiresOn : issuedOn.minusDays(1);
            }
            LocalDate beforeChange = statusChangedOn.minusDays(1);
            return beforeChange.isBefore(expiresOn) ? beforeChange : expiresOn;
        }

        /** Why it stopped being valid after {@link #lastValidDay()}. */
        Lapse lapse() {
            if (!"VALID".equals(status) && (statusChangedOn == null || !statusChangedOn.isAfter(expiresOn))) {
                return "REVOKED".equals(status) ? Lapse.REVOKED : Lapse.SUSPENDED;
            }
            return Lapse.EXPIRED;
        }
    }

    /** The gaps between the officers' valid certificates, officer by officer (the rows come ordered by officer). */
    static List<UncertifiedPeriod> periods(List<Held> rows) {
        Map<Long, List<Held>> byOfficer = new LinkedHashMap<>();
        rows.forEach(row -> byOfficer.computeIfAbsent(row.officerId(), id -> new ArrayList<>()).add(row));
        List<UncertifiedPeriod> periods = new ArrayList<>();
        byOfficer.values().forEach(held -> periods.addAll(gaps(held)));
        return periods;
    }

    /** One officer's gaps: before the first certificate, between valid spans, and after the last. */
    static List<UncertifiedPeriod> gaps(List<Held> held) {
        Held officer = held.get(0);
        List<Held> certificates = held.stream().filter(row -> row.number() != null)
                .filter(row -> !row.lastValidDay().isBefore(row.issuedOn()))
                .sorted(Comparator.comparing(Held::issuedOn)).toList();
        List<UncertifiedPeriod> gaps = new ArrayList<>();
        if (certificates.isEmpty()) {
            Held lapsed = held.stream().filter(row -> row.number() != null).findFirst().orElse(null);
            gaps.add(gap(officer, UncertifiedPeriod.OPEN_START, UncertifiedPeriod.OPEN_END,
                    lapsed == null ? Lapse.NO_CERTIFICATE : lapsed.lapse(), lapsed));
            return gaps;
        }
        Held first = certificates.get(0);
        gaps.add(gap(officer, UncertifiedPeriod.OPEN_START, first.issuedOn().minusDays(1), Lapse.NOT_YET_ISSUED,
                null));
        Held covering = first;
        for (Held next : certificates.subList(1, certificates.size())) {
            if (next.issuedOn().isAfter(covering.lastValidDay().plusDays(1))) {
                gaps.add(gap(officer, covering.lastValidDay().plusDays(1), next.issuedOn().minusDays(1),
                        covering.lapse(), covering));
            }
            if (next.lastValidDay().isAfter(covering.lastValidDay())) {
                covering = next;
            }
        }
        if (covering.lastValidDay().isBefore(UncertifiedPeriod.OPEN_END)) {
            gaps.add(gap(officer, covering.lastValidDay().plusDays(1), UncertifiedPeriod.OPEN_END, covering.lapse(),
                    covering));
        }
        return gaps;
    }

    private static UncertifiedPeriod gap(Held officer, LocalDate from, LocalDate to, Lapse lapse,
                                         @Nullable Held certificate) {
        return new UncertifiedPeriod(officer.officerId(), officer.officerName(), officer.agencyId(), from, to, lapse,
                certificate == null ? null : certificate.number());
    }

    private static Held row(ResultSet rs, int n) throws SQLException {
        return new Held(rs.getLong("officer_id"), rs.getString("name"), rs.getLong("agency_id"),
                rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("status"),
                rs.getObject("status_changed_on", LocalDate.class));
    }
}
