package org.fazhi.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The records asked about in each of several counties, by id (agencies, officers, parties): what a batch of events
 * spread over a province asks a module's lookup in one read. Each id is answered in the county it was asked for
 * only, as one read per county would answer it.
 */
public record IdsByCounty(Map<RegionCode, Set<Long>> ids) {

    public IdsByCounty {
        Map<RegionCode, Set<Long>> copy = new LinkedHashMap<>();
        ids.forEach((county, ofCounty) -> copy.put(county, Collections.unmodifiableSet(new LinkedHashSet<>(ofCounty))));
        ids = Collections.unmodifiableMap(copy);
    }

    public static IdsByCounty of(Map<RegionCode, ? extends Collection<Long>> ids) {
        Map<RegionCode, Set<Long>> sets = new LinkedHashMap<>();
        ids.forEach((county, ofCounty) -> sets.put(county, new LinkedHashSet<>(ofCounty)));
        return new IdsByCounty(sets);
    }

    public static IdsByCounty of(RegionCode county, Collection<Long> ids) {
        return of(Map.of(county, ids));
    }

    /** No id asked in any county: nothing to read. */
    public boolean isEmpty() {
        return ids.values().stream().allMatch(Set::isEmpty);
    }

    /** The counties' codes, for {@code region_code = any(?)}. */
    public String[] countyCodes() {
        return ids.keySet().stream().map(RegionCode::value).toArray(String[]::new);
    }

    /** Every county's ids together, each once, for {@code = any(?)}. */
    public Long[] allIds() {
        return ids.values().stream().flatMap(Set::stream).distinct().toArray(Long[]::new);
    }

    /** Whether this id was asked about in this county (a row of a read over all the counties is kept only then). */
    public boolean asked(RegionCode county, long id) {
        return ids.getOrDefault(county, Set.of()).contains(id);
    }

    /** An empty answer for each county, in the order given, for a lookup to fill. */
    public <T> Map<RegionCode, T> answers(Supplier<T> empty) {
        Map<RegionCode, T> answers = new LinkedHashMap<>();
        ids.keySet().forEach(county -> answers.put(county, empty.get()));
        return answers;
    }

    /** Puts a row's {@code value} in its county's answer under {@code id}, when that id was asked in that county. */
    public <V> void putIfAsked(Map<RegionCode, Map<Long, V>> answers, RegionCode county, long id, V value) {
        if (asked(county, id)) {
            answers.get(county).put(id, value);
        }
    }

    /** Adds a row's {@code value} to its county's list under {@code id}, when that id was asked in that county. */
    public <V> void addIfAsked(Map<RegionCode, Map<Long, List<V>>> answers, RegionCode county, long id, V value) {
        if (asked(county, id)) {
            answers.get(county).computeIfAbsent(id, key -> new ArrayList<>()).add(value);
        }
    }
}
