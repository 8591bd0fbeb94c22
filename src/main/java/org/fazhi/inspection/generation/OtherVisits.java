package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.inspection.draw.PartyEntry;

/**
 * Visits that enter an enterprise without being inspections (调研、政策宣讲、服务、督导), recorded by any agency of
 * the county, township teams included, because 国办发〔2024〕54号 forbids disguising inspections as them.
 */
final class OtherVisits {

    /** One recorded visit, as {@code inspection.other_visit} holds it. */
    record Visit(long partyId, long agencyId, String kind, LocalDate visitedOn, String purpose, String recordedBy,
                 OffsetDateTime recordedAt) {
    }

    private static final List<String> KINDS = List.of("SURVEY", "POLICY", "SERVICE", "GUIDANCE");

    private OtherVisits() {
    }

    static List<Visit> make(CountyFacts county, YearFacts year, int count, SplittableRandom random) {
        List<Visit> visits = new ArrayList<>(count);
        if (county.parties().isEmpty() || county.agencies().isEmpty()) {
            return visits;
        }
        for (int i = 0; i < count; i++) {
            PartyEntry party = Picks.one(county.parties(), random);
            Option agency = Picks.one(county.agencies(), random);
            String kind = KINDS.get(Picks.percent(random, 30, 35, 25, 10));
            LocalDate day = Moments.between(year.first(), year.last(), random);
            OffsetDateTime recorded = Moments.during(day.plusDays(random.nextInt(3)), 16, 19, random);
            if (!Moments.isPast(recorded, county.today())) {
                recorded = Moments.during(day, 17, 19, random);
            }
            visits.add(new Visit(party.partyId(), agency.id(), kind, day, Wording.purpose(kind, random),
                    Names.legalOffice(agency.id()), recorded));
        }
        return visits;
    }
}
