package org.fazhi.inspection.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The 信用+双随机 draw (双随机一公开: random parties, random inspectors, results published), as a pure function of
 * its published inputs. Parties are selected per credit grade by the rules' ratios with a partial Fisher–Yates
 * shuffle, then each selected party gets its inspectors; one {@link SeedStream} is consumed in exactly the order
 * docs/draw-algorithm.md describes, which is what lets a third party recompute the result.
 */
public final class RandomDraw {

    /** The version of this algorithm; a change to anything the outcome depends on needs a new one. */
    public static final String ALGORITHM = "fazhi-draw-v1";

    private RandomDraw() {
    }

    public static DrawOutcome run(DrawInputs inputs) {
        SeedStream stream = new SeedStream(inputs.seed());
        List<PartyEntry> selected = selectParties(inputs.rules(), inputs.parties(), stream);
        InspectorPool pool = new InspectorPool(inputs.rules(), inputs.inspectors(), inputs.conflicts());
        List<Assignment> assignments = new ArrayList<>(selected.size());
        List<Long> unstaffed = new ArrayList<>();
        for (PartyEntry party : selected) {
            List<Long> officers = pool.draw(party, stream);
            if (officers == null) {
                unstaffed.add(party.partyId());
            } else {
                assignments.add(new Assignment(party.partyId(), officers));
            }
        }
        return new DrawOutcome(assignments, unstaffed);
    }

    /**
     * Strata in grade order A, B, C, D, unrated; each stratum in party-id order; from a stratum of n, the first k
     * positions of a partial Fisher–Yates shuffle, k = ratio × n rounded half up.
     */
    static List<PartyEntry> selectParties(DrawRules rules, List<PartyEntry> parties, SeedStream stream) {
        PartyEntry[] sorted = sortedById(parties);
        byte[] strataOf = new byte[sorted.length];
        int[] sizes = new int[PartyEntry.GRADES.size()];
        for (int i = 0; i < sorted.length; i++) {
            strataOf[i] = (byte) sorted[i].stratum();
            sizes[strataOf[i]]++;
        }
        int[][] strata = new int[sizes.length][];
        for (int s = 0; s < sizes.length; s++) {
            strata[s] = new int[sizes[s]];
        }
        int[] filled = new int[sizes.length];
        for (int i = 0; i < sorted.length; i++) {
            strata[strataOf[i]][filled[strataOf[i]]++] = i;
        }
        List<PartyEntry> selected = new ArrayList<>();
        for (int s = 0; s < strata.length; s++) {
            int[] stratum = strata[s];
            int n = stratum.length;
            int k = rules.selectionCount(PartyEntry.GRADES.get(s), n);
            for (int i = 0; i < k; i++) {
                int j = i + stream.nextInt(n - i);
                int swap = stratum[i];
                stratum[i] = stratum[j];
                stratum[j] = swap;
                selected.add(sorted[stratum[i]]);
            }
        }
        return selected;
    }

    /** The parties by id; a directory read from its canonical lines is already in order and is only checked. */
    private static PartyEntry[] sortedById(List<PartyEntry> parties) {
        PartyEntry[] sorted = parties.toArray(new PartyEntry[0]);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].partyId() <= sorted[i - 1].partyId()) {
                Arrays.sort(sorted, Comparator.comparingLong(PartyEntry::partyId));
                break;
            }
        }
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].partyId() == sorted[i - 1].partyId()) {
                throw new IllegalArgumentException("检查对象 " + sorted[i].partyId() + " 在名录中出现不止一次");
            }
        }
        return sorted;
    }
}
