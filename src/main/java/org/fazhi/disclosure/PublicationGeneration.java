package org.fazhi.disclosure;

import java.util.Map;

import org.fazhi.disclosure.generation.CountyPublications;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Generated publication history for province-scale datasets: for a county whose cases were generated, the
 * publication of every decision the county's rules publish (fazhi.disclosure.*), its text redacted by the real
 * redaction; most published within the 7 working days, some late, recent ones still pending, a few withdrawn with
 * their reasons, those past their period expired. Written in bulk; deterministic for a seed (and the day it runs).
 */
@Service
public class PublicationGeneration {

    /**
     * What was generated for one county: decisions read, publications written, spans redacted, by state, and the
     * milliseconds spent reading the decisions, drafting (redacting) and writing.
     */
    public record County(long decisions, long publications, long redactions, Map<String, Long> byState,
                         long readMillis, long draftMillis, long writeMillis) {
    }

    private final CountyPublications publications;

    PublicationGeneration(CountyPublications publications) {
        this.publications = publications;
    }

    /** Refuses a county that has publications already; a county is generated whole or not at all. */
    public County generateCounty(RegionCode county, long seed) {
        CountyPublications.Written w = publications.generate(county, seed);
        return new County(w.decisions(), w.publications(), w.redactions(), w.byState(), w.readMillis(),
                w.draftMillis(), w.writeMillis());
    }

    /** Whether the county has publications: a generator resuming a province skips it. */
    public boolean hasPublications(RegionCode county) {
        return publications.hasAny(county);
    }
}
