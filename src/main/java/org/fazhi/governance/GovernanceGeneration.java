package org.fazhi.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.fazhi.governance.decision.CountyMajorDecisions;
import org.fazhi.governance.normative.CountyNormativeDocuments;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A generated county's 依法决策 for province-scale datasets: its normative documents (规范性文件: public comment,
 * legality and fair-competition review, deliberation, 三统一 publication, filing with both bodies, entry into force,
 * expiry) with a clean-up campaign each autumn, and a catalogue of major decisions a year (重大行政决策: the five
 * procedures with their evidence, decided once the required ones are done, some post-evaluated), each through the
 * aggregates' own steps, written in bulk in one transaction. Each part is skipped for a county that has it already.
 * Deterministic for a seed and the day.
 */
@Service
public class GovernanceGeneration {

    /**
     * What was generated for one county (zeros for a part it had already): normative documents, those published, in
     * force now, filed with both bodies in time, ended; clean-up campaigns and their dispositions; catalogues, major
     * decisions, those decided, post-evaluated, procedures recorded.
     */
    public record County(long documents, long published, long inForce, long filedOnTime, long ended, long campaigns,
                         long dispositions, long catalogues, long decisions, long decided, long evaluated, long steps,
                         long millis) {

        public boolean isEmpty() {
            return documents == 0 && catalogues == 0;
        }
    }

    private final CountyNormativeDocuments documents;
    private final CountyMajorDecisions decisions;
    private final AgencyDirectory agencies;
    private final RegionDirectory regions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GovernanceGeneration(CountyNormativeDocuments documents, CountyMajorDecisions decisions, AgencyDirectory agencies,
                         RegionDirectory regions, TransactionTemplate transaction, Clock clock) {
        this.documents = documents;
        this.decisions = decisions;
        this.agencies = agencies;
        this.regions = regions;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * About {@code documentsPerYear} normative documents a year over {@code years} calendar years ending with this
     * one, and about three major decisions for every five documents; 0 generates neither.
     */
    public County generateCounty(RegionCode county, int years, int documentsPerYear, long seed) {
        long started = System.nanoTime();
        RegionCode code = county.county();
        return Objects.requireNonNull(transaction.execute(status -> {
            List<AgencyDirectory.Option> departments = agencies.countyDepartments(DataScope.ofRegion(code));
            String name = regions.find(code).map(RegionDirectory.RegionInfo::name).orElse("县");
            LocalDate today = LocalDate.now(clock);
            CountyNormativeDocuments.Written n = documents.hasAny(code)
                    ? CountyNormativeDocuments.Written.NONE : documents.write(code, name, years, documentsPerYear,
                    departments.stream().map(AgencyDirectory.Option::id).toList(), today,
                    new Random(seed ^ 0x6B1D_4F03L));
            int decisionsPerYear = documentsPerYear <= 0 ? 0 : Math.max(1, documentsPerYear * 3 / 5);
            CountyMajorDecisions.Written d = decisions.hasAny(code)
                    ? CountyMajorDecisions.Written.NONE : decisions.write(code, name, years, decisionsPerYear,
                    departments, today, new Random(seed ^ 0x2E95_C871L));
            return new County(n.documents(), n.published(), n.inForce(), n.filedOnTime(), n.ended(), n.campaigns(),
                    n.dispositions(), d.catalogues(), d.decisions(), d.decided(), d.evaluated(), d.steps(),
                    (System.nanoTime() - started) / 1_000_000);
        }));
    }
}
