package org.fazhi.supervision.round;

import org.fazhi.registry.RegionNames;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of 监督意见书 and 监督决定书, gap-free per county and year: the counter row is incremented in the issuing
 * transaction and stays locked until it ends, so a concurrent issue waits and a rolled-back one gives its number
 * back.
 */
@Component
class SupervisionNumbers {

    enum Kind { OPINION, DECISION }

    private final JdbcClient jdbc;
    private final RegionNames regions;
    private final RoundProperties rules;

    SupervisionNumbers(JdbcClient jdbc, RegionNames regions, RoundProperties rules) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.rules = rules;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(RegionCode county, int year, Kind kind) {
        int sequence = jdbc.sql("""
                        insert into supervision.document_number (region_code, year, kind, last_sequence)
                        values (:county, :year, :kind, 1)
                        on conflict (region_code, year, kind)
                        do update set last_sequence = document_number.last_sequence + 1
                        returning last_sequence""")
                .param("county", county.county().value()).param("year", year).param("kind", kind.name())
                .query(Integer.class).single();
        String pattern = kind == Kind.OPINION ? rules.opinionNumber() : rules.decisionNumber();
        return pattern.replace("{county}", shortName(county)).replace("{year}", Integer.toString(year))
                .replace("{seq}", Integer.toString(sequence));
    }

    /** The county's name as document numbers abbreviate it: 郏县 → 郏, 镇平县 → 镇平. */
    String shortName(RegionCode county) {
        String name = regions.of(county.county().value());
        return name.length() > 1 && name.matches(".*[县市区旗]") ? name.substring(0, name.length() - 1) : name;
    }

    String countyName(RegionCode county) {
        return regions.of(county.county().value());
    }
}
