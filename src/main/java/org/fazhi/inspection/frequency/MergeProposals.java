package org.fazhi.inspection.frequency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the planned visits that could be one joint visit: different agencies going to the same party with windows
 * that overlap or lie at most {@code windowDays} apart. Linked visits are grouped transitively, one proposal per
 * cluster. Two tasks of the same agency are never linked to each other directly: merging them is the agency's own
 * planning, not "综合查一次"; they land in one proposal only through another agency's task.
 *
 * <p>Visits are sorted by party first and each party is looked at alone, so the work grows with the sorting of
 * all visits plus, for each party, the pairs of its visits close enough to be linked: a handful per party, even in
 * a county's year of 100,000 tasks.
 */
public final class MergeProposals {

    public static final int DEFAULT_WINDOW_DAYS = 15;

    /** By party first, so each party's visits lie together, each party's in the order their windows start. */
    private static final Comparator<PlannedVisit> BY_PARTY_AND_START = Comparator.comparingLong(PlannedVisit::partyId)
            .thenComparing(PlannedVisit::from)
            .thenComparingLong(PlannedVisit::taskId);

    private static final Comparator<MergeProposal> BY_SUGGESTED_START =
            Comparator.comparing(MergeProposal::suggestedFrom).thenComparing(proposal -> proposal.taskIds().get(0));

    private MergeProposals() {
    }

    public static List<MergeProposal> find(List<PlannedVisit> planned) {
        return find(planned, DEFAULT_WINDOW_DAYS);
    }

    /** Ordered by party, then by suggested start and first task id. */
    public static List<MergeProposal> find(List<PlannedVisit> planned, int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("The merge window cannot be negative");
        }
        List<PlannedVisit> sorted = new ArrayList<>(planned);
        sorted.sort(BY_PARTY_AND_START);
        List<MergeProposal> proposals = new ArrayList<>();
        int first = 0;
        while (first < sorted.size()) {
            int end = first + 1;
            while (end < sorted.size() && sorted.get(end).partyId() == sorted.get(first).partyId()) {
                end++;
            }
            if (end - first > 1) {
                proposals.addAll(forParty(sorted.subList(first, end), windowDays));
            }
            first = end;
        }
        return proposals;
    }

    /** {@code sorted}: one party's visits, in the order their windows start. */
    private static List<MergeProposal> forParty(List<PlannedVisit> sorted, int windowDays) {
        // Epoch days in plain arrays: the inner loop runs for every pair in reach and should allocate nothing.
        long[] start = new long[sorted.size()];
        long[] reach = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            start[i] = sorted.get(i).from().toEpochDay();
            reach[i] = sorted.get(i).to().toEpochDay() + windowDays;
        }
        Clusters clusters = new Clusters(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            // Later windows start no earlier, so the first one starting beyond reach ends the search.
            for (int j = i + 1; j < sorted.size() && start[j] <= reach[i]; j++) {
                if (sorted.get(j).agencyId() != sorted.get(i).agencyId()) {
                    clusters.join(i, j);
                }
            }
        }
        if (!clusters.anyJoined()) {
            return List.of();
        }
        List<MergeProposal> proposals = new ArrayList<>();
        for (List<Integer> cluster : clusters.linked()) {
            proposals.add(MergeProposal.of(sorted.get(0).partyId(), cluster.stream().map(sorted::get).toList()));
        }
        proposals.sort(BY_SUGGESTED_START);
        return proposals;
    }

    /** Union-find over visit positions: which visits are linked, directly or through others. */
    private static final class Clusters {

        private final int[] parent;
        private boolean anyJoined;

        Clusters(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        void join(int a, int b) {
            parent[root(a)] = root(b);
            anyJoined = true;
        }

        boolean anyJoined() {
            return anyJoined;
        }

        private int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]]; // path halving keeps later look-ups short
                i = parent[i];
            }
            return i;
        }

        /** The positions of each cluster of two or more linked visits. */
        Collection<List<Integer>> linked() {
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(root(i), root -> new ArrayList<>()).add(i);
            }
            byRoot.values().removeIf(cluster -> cluster.size() < 2);
            return byRoot.values();
        }
    }
}
