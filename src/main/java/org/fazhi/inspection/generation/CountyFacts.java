package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.shared.RegionCode;

/**
 * What generation reads of a county before writing anything: its agencies, the parties a plan may draw from (the
 * operating enterprises, individual businesses and organisations, as in the 检查对象名录库) and which of them are
 * 五上企业, and the day of generation, before which everything generated happens.
 */
record CountyFacts(RegionCode county, List<Option> agencies, Map<Long, String> agencyNames, List<PartyEntry> parties,
                   Set<Long> fiveAbove, LocalDate today) {

    CountyFacts {
        agencies = List.copyOf(agencies);
        agencyNames = Map.copyOf(agencyNames);
        parties = List.copyOf(parties);
        fiveAbove = Set.copyOf(fiveAbove);
    }

    String nameOf(long agencyId) {
        return agencyNames.getOrDefault(agencyId, "其他部门");
    }
}
