package org.fazhi.entities;

import java.util.List;

import org.fazhi.entities.bulk.PartyImport;
import org.fazhi.entities.bulk.PartySheet;
import org.fazhi.entities.generation.PartyPlaces;
import org.fazhi.entities.generation.PartyRows;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Generated regulated parties for a county (demo county, province-scale benchmarks), written through the real
 * bulk import so they are checked, encrypted and indexed exactly as imported data is. Deterministic for a seed.
 */
@Service
public class PartyGeneration {

    /** What one county's generation wrote. */
    public record Generated(long inserted, long updated, long skipped) {
    }

    private final PartyImport imports;
    private final PartySheet sheet;
    private final RegionDirectory regions;
    private final PartyPlaces places;

    PartyGeneration(PartyImport imports, PartySheet sheet, RegionDirectory regions, PartyPlaces places) {
        this.imports = imports;
        this.sheet = sheet;
        this.regions = regions;
        this.places = places;
    }

    public Generated generate(RegionCode county, int count, long seed) {
        List<RegionDirectory.RegionInfo> within = regions.within(county);
        String countyName = within.stream().filter(RegionDirectory.RegionInfo::county).findFirst()
                .map(RegionDirectory.RegionInfo::name).orElse(county.value());
        List<String> townships = within.stream().filter(region -> !region.county()).map(RegionDirectory.RegionInfo::name)
                .toList();
        SignedInUser system = new SignedInUser(0, "system", "数据生成", Role.ADMIN, county, null, null, true, false,
                false, null);
        PartyImport.Outcome outcome = imports.run(system, PartyRows.csv(sheet.layout().headers(), seed, county.value(),
                countyName, townships.isEmpty() ? List.of(countyName) : townships, count), "generated.csv",
                PartyImport.Mode.VALID_ROWS);
        places.place(county, within);
        return new Generated(outcome.inserted(), outcome.updated(), outcome.skippedRows());
    }

    /** Gives the county's parties plausible coordinates, if none has any yet (a demo county from before they did). */
    public void placeIfUnplaced(RegionCode county) {
        places.placeIfNoneIn(county, regions.within(county));
    }
}
