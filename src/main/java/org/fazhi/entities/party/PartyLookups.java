package org.fazhi.entities.party;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.shared.RegionCode;

/**
 * What checking a party needs to know, loaded once (a county has a few dozen regions and 117 industry codes), so
 * an import of a million rows checks each row in memory.
 *
 * @param regionsByName township or county name → code, within the user's region
 * @param regionCodes   every region code within the user's region
 * @param industries    GB/T 4754 codes ("C", "C13"), division digits ("13") and division names → code
 */
public record PartyLookups(Map<String, RegionCode> regionsByName, Set<String> regionCodes,
                           Map<String, String> industries) {

    /** Section letter (optional), the division's two digits, and optionally the group's or class's further digits. */
    private static final Pattern INDUSTRY_CODE = Pattern.compile("([A-T]?)([0-9]{2})[0-9]{0,2}");

    public Optional<RegionCode> region(String codeOrName) {
        String value = codeOrName.strip();
        if (regionCodes.contains(value)) {
            return Optional.of(RegionCode.of(value));
        }
        return Optional.ofNullable(regionsByName.get(value));
    }

    /**
     * An industry by code or name, as the register keeps it: a section ("F") or a division ("F52"). Codes may come
     * with or without their section letter and at any depth of GB/T 4754-2017 — division "52", group "521", class
     * "5212" or "F5212" — and are recorded as their division, the depth the register and the plans use; a section
     * letter that is not the division's is refused. Names are those of the divisions ("零售业").
     */
    public Optional<String> industry(String codeOrName) {
        String value = codeOrName.strip().toUpperCase(Locale.ROOT);
        Matcher code = INDUSTRY_CODE.matcher(value);
        if (code.matches()) {
            String division = industries.get(code.group(2));
            boolean sectionAgrees = division != null && division.startsWith(code.group(1));
            return sectionAgrees ? Optional.of(division) : Optional.empty();
        }
        return Optional.ofNullable(industries.get(value)).or(() -> Optional.ofNullable(industries.get(codeOrName.strip())));
    }
}
