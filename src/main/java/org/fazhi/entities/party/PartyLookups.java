package org.fazhi.entities.party;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fazhi.shared.RegionCode;

/**
 * What checking a party needs to know, loaded once (a county has a few dozen regions and 117 industry codes), so
 * an import of a million rows checks each row in memory.
 *
 * @param regionsByName township or county name → code, within the user's region
 * @param regionCodes   every region code within the user's region
 * @param industries    GB/T 4754 codes ("C", "C13") and names → code
 */
public record PartyLookups(Map<String, RegionCode> regionsByName, Set<String> regionCodes,
                           Map<String, String> industries) {

    public Optional<RegionCode> region(String codeOrName) {
        String value = codeOrName.strip();
        if (regionCodes.contains(value)) {
            return Optional.of(RegionCode.of(value));
        }
        return Optional.ofNullable(regionsByName.get(value));
    }

    /** An industry by its code ("C13", "13", "c13") or name ("农副食品加工业"). */
    public Optional<String> industry(String codeOrName) {
        String value = codeOrName.strip().toUpperCase();
        if (value.matches("[0-9]{2}")) {
            return industries.values().stream().filter(code -> code.endsWith(value) && code.length() == 3).findFirst();
        }
        return Optional.ofNullable(industries.get(value)).or(() -> Optional.ofNullable(industries.get(codeOrName.strip())));
    }
}
