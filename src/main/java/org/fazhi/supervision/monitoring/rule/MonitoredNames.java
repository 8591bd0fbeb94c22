package org.fazhi.supervision.monitoring.rule;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.identity.OfficerOptions;
import org.springframework.stereotype.Component;

/**
 * The names people know the rules' subjects by, read from the owning modules for the few records a rule fires for
 * (never for every record it examines). An unknown id reads as {@code #id}.
 */
@Component
class MonitoredNames {

    private final PartyDirectory parties;
    private final AgencyDirectory agencies;
    private final OfficerOptions officers;

    MonitoredNames(PartyDirectory parties, AgencyDirectory agencies, OfficerOptions officers) {
        this.parties = parties;
        this.agencies = agencies;
        this.officers = officers;
    }

    Map<Long, String> parties(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>(ids.isEmpty() ? Map.of() : parties.findAll(ids).stream()
                .collect(Collectors.toMap(PartyCard::id, PartyCard::name, (a, b) -> a)));
        ids.forEach(id -> names.putIfAbsent(id, "#" + id));
        return names;
    }

    String party(long id) {
        return parties(java.util.List.of(id)).get(id);
    }

    /** Agencies' names, all read at once. */
    Map<Long, String> agencies(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>(ids.isEmpty() ? Map.of() : agencies.namesOf(ids));
        ids.forEach(id -> names.putIfAbsent(id, "#" + id));
        return names;
    }

    String agency(long id) {
        return agencies.nameOf(id).orElse("#" + id);
    }

    /** Officers' names, all read at once. */
    Map<Long, String> officers(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>(ids.isEmpty() ? Map.of() : officers.namesOf(ids));
        ids.forEach(id -> names.putIfAbsent(id, "#" + id));
        return names;
    }

    String officer(long id) {
        return officers.find(id).map(option -> option.name()).orElse("#" + id);
    }
}
