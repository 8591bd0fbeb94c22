package org.fazhi.inspection.draw;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The inspector directory during one draw: who may still be drawn for a party (no declared conflict with it, not
 * living in its township when residence is avoided, below the cap) and how many tasks each already has. Inspectors
 * are known by their position in the directory sorted by officer id; conflicts are bit sets over those positions,
 * so checking one inspector costs a few lookups however large the directories are.
 */
final class InspectorPool {

    /** Random tries over the whole directory before the eligible inspectors are listed one by one. */
    static final int TRIES = 32;

    private final long[] officerIds;
    private final int perParty;
    private final int cap;
    private final int[] tasks;
    private final BitSet belowCap;
    private final Map<Long, BitSet> conflictsByParty = new HashMap<>();
    private final Map<String, BitSet> residentsByTownship = new HashMap<>();
    private final int[] eligible;

    InspectorPool(DrawRules rules, List<InspectorEntry> inspectors, List<Conflict> conflicts) {
        officerIds = inspectors.stream().mapToLong(InspectorEntry::officerId).sorted().toArray();
        for (int i = 1; i < officerIds.length; i++) {
            if (officerIds[i] == officerIds[i - 1]) {
                throw new IllegalArgumentException("执法人员 " + officerIds[i] + " 在名录中出现不止一次");
            }
        }
        perParty = rules.inspectorsPerParty();
        cap = rules.capPerInspector() == null ? Integer.MAX_VALUE : rules.capPerInspector();
        tasks = new int[officerIds.length];
        belowCap = new BitSet(officerIds.length);
        belowCap.set(0, officerIds.length);
        eligible = new int[officerIds.length];
        for (Conflict conflict : conflicts) {
            int position = Arrays.binarySearch(officerIds, conflict.officerId());
            if (position < 0) {
                continue;
            }
            if (conflict.partyId() != null) {
                conflictsByParty.computeIfAbsent(conflict.partyId(), party -> new BitSet()).set(position);
            } else if (rules.avoidResidence()) {
                residentsByTownship.computeIfAbsent(conflict.township(), township -> new BitSet()).set(position);
            }
        }
    }

    /**
     * Draws the party's inspectors one after the other; when one cannot be found, the party stays unstaffed, the ones
     * already drawn for it are given back and the answer is null.
     */
    @Nullable List<Long> draw(PartyEntry party, SeedStream stream) {
        BitSet conflicted = conflictsByParty.get(party.partyId());
        BitSet residents = residentsByTownship.get(party.township());
        int[] chosen = new int[perParty];
        for (int slot = 0; slot < perParty; slot++) {
            int pick = pick(conflicted, residents, chosen, slot, stream);
            if (pick < 0) {
                for (int i = 0; i < slot; i++) {
                    release(chosen[i]);
                }
                return null;
            }
            chosen[slot] = pick;
            take(pick);
        }
        Long[] officers = new Long[perParty];
        for (int slot = 0; slot < perParty; slot++) {
            officers[slot] = officerIds[chosen[slot]];
        }
        return List.of(officers);
    }

    /** Uniform over the eligible inspectors: up to TRIES draws over the whole directory, then a draw from the list. */
    private int pick(@Nullable BitSet conflicted, @Nullable BitSet residents, int[] chosen, int slot, SeedStream stream) {
        if (officerIds.length > 0) {
            for (int attempt = 0; attempt < TRIES; attempt++) {
                int candidate = stream.nextInt(officerIds.length);
                if (isEligible(candidate, conflicted, residents, chosen, slot)) {
                    return candidate;
                }
            }
        }
        int count = 0;
        for (int i = belowCap.nextSetBit(0); i >= 0; i = belowCap.nextSetBit(i + 1)) {
            if (isEligible(i, conflicted, residents, chosen, slot)) {
                eligible[count++] = i;
            }
        }
        return count == 0 ? -1 : eligible[stream.nextInt(count)];
    }

    private boolean isEligible(int inspector, @Nullable BitSet conflicted, @Nullable BitSet residents, int[] chosen,
            int slot) {
        if (!belowCap.get(inspector) || (conflicted != null && conflicted.get(inspector))
                || (residents != null && residents.get(inspector))) {
            return false;
        }
        for (int i = 0; i < slot; i++) {
            if (chosen[i] == inspector) {
                return false;
            }
        }
        return true;
    }

    private void take(int inspector) {
        if (++tasks[inspector] >= cap) {
            belowCap.clear(inspector);
        }
    }

    private void release(int inspector) {
        tasks[inspector]--;
        belowCap.set(inspector);
    }
}
