package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fazhi.casework.FineFacts.Fine;
import org.fazhi.shared.Money;

/**
 * The two signs of 趋利性执法 that {@link ProfitDrivenFines} looks for, as plain computations over decided fines (no
 * database, no Spring): fines crowding into the last days of months against the agency's own past, and one
 * handler's fines far above the other handlers of the same agency.
 */
final class FineSigns {

    private FineSigns() {
    }

    /** Whether a fine decided on {@code day} falls in the last {@code days} calendar days of its month. */
    static boolean atPeriodEnd(LocalDate day, int days) {
        return day.getDayOfMonth() > day.lengthOfMonth() - days;
    }

    /** An agency's fines in the window and in its baseline, and how many of each fell at a period end. */
    record Concentration(long agencyId, int fines, int atEnd, Money atEndAmount, int baselineFines,
                         int baselineAtEnd) {

        double share() {
            return fines == 0 ? 0 : (double) atEnd / fines;
        }

        double baselineShare() {
            return baselineFines == 0 ? 0 : (double) baselineAtEnd / baselineFines;
        }

        /**
         * Concentrated: enough fines in the window and in the baseline to compare, a share at period ends of at
         * least {@code minShare}, and at least {@code factor} times the agency's own share over the baseline.
         */
        boolean concentrated(int minFines, int minBaselineFines, double minShare, double factor) {
            return fines >= minFines && baselineFines >= minBaselineFines && share() >= minShare
                    && share() >= baselineShare() * factor;
        }
    }

    /**
     * Each agency's counts: fines decided from {@code windowFrom} (inclusive) are the window, earlier ones the
     * baseline; {@code fines} hold only the two periods.
     */
    static List<Concentration> concentrations(Collection<Fine> fines, LocalDate windowFrom, int periodEndDays) {
        Map<Long, int[]> counts = new TreeMap<>();
        Map<Long, Long> atEndFen = new TreeMap<>();
        for (Fine fine : fines) {
            int[] count = counts.computeIfAbsent(fine.agencyId(), agency -> new int[4]);
            boolean window = !fine.decidedOn().isBefore(windowFrom);
            boolean atEnd = atPeriodEnd(fine.decidedOn(), periodEndDays);
            count[window ? 0 : 2]++;
            if (atEnd) {
                count[window ? 1 : 3]++;
                if (window) {
                    atEndFen.merge(fine.agencyId(), fine.fine().fen(), Long::sum);
                }
            }
        }
        List<Concentration> result = new ArrayList<>();
        counts.forEach((agency, count) -> result.add(new Concentration(agency, count[0], count[1],
                Money.ofFen(atEndFen.getOrDefault(agency, 0L)), count[2], count[3])));
        return result;
    }

    /** One handler's fine total against the other handlers of the same agency. */
    record HandlerTotal(long officerId, long agencyId, int cases, Money total, int peers, Money peersMedian) {

        double ratio() {
            return peersMedian.fen() == 0 ? Double.POSITIVE_INFINITY : (double) total.fen() / peersMedian.fen();
        }

        /** Far above: at least {@code minPeers} peers, at least {@code minTotal}, and {@code factor} × their median. */
        boolean farAbovePeers(int minPeers, double factor, Money minTotal) {
            return peers >= minPeers && !total.isLessThan(minTotal) && total.fen() >= peersMedian.fen() * factor;
        }
    }

    /**
     * Every handler's total: each case's whole fine counts for each of its handlers (a handler answers for the
     * case, not for a share of it); peers are the agency's other handlers with at least one fine in the same
     * fines, and their median is of their totals (the mean of the two middle ones when their number is even).
     */
    static List<HandlerTotal> handlerTotals(Collection<Fine> fines) {
        Map<Long, Map<Long, long[]>> byAgency = new TreeMap<>();
        for (Fine fine : fines) {
            Map<Long, long[]> handlers = byAgency.computeIfAbsent(fine.agencyId(), agency -> new TreeMap<>());
            for (long handler : fine.handlerIds().stream().distinct().toList()) {
                long[] total = handlers.computeIfAbsent(handler, officer -> new long[2]);
                total[0]++;
                total[1] += fine.fine().fen();
            }
        }
        List<HandlerTotal> result = new ArrayList<>();
        byAgency.forEach((agency, handlers) -> handlers.forEach((officer, total) -> {
            List<Long> peers = handlers.entrySet().stream().filter(other -> !other.getKey().equals(officer))
                    .map(other -> other.getValue()[1]).sorted().toList();
            result.add(new HandlerTotal(officer, agency, (int) total[0], Money.ofFen(total[1]), peers.size(),
                    Money.ofFen(median(peers))));
        }));
        return result;
    }

    static long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
