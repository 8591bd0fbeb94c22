package org.fazhi.inspection.frequency;

/**
 * A county's published limits on inspecting one enterprise (涉企行政检查频次上限, set locally under 国办发〔2024〕54号):
 * at most {@code capPerAgency} inspections a calendar year by one agency and {@code capAcrossAgencies} by all
 * agencies together, and a warning when it is visited again within {@code repeatWindowDays} days (one province's
 * model: twice within 60 days, cause-based inspections excluded). {@code overCap} says whether an inspection over a
 * cap is refused or goes to a higher approver.
 */
public record FrequencyRules(int capPerAgency, int capAcrossAgencies, boolean countCaseInspections,
        boolean countHigherLevelSpecial, int repeatWindowDays, OverCap overCap) {

    public FrequencyRules {
        if (capPerAgency < 1 || capAcrossAgencies < 1) {
            throw new IllegalArgumentException("Yearly caps must allow at least one inspection");
        }
        if (repeatWindowDays < 0) {
            throw new IllegalArgumentException("The repeat window cannot be negative");
        }
    }

    /** Configuration defaults until the county publishes its own numbers. */
    public static FrequencyRules defaults() {
        return new FrequencyRules(2, 4, false, true, 60, OverCap.ESCALATE);
    }

    /** Whether a visit of this kind uses up the enterprise's yearly allowance. */
    public boolean countsTowardCaps(VisitKind kind) {
        return switch (kind) {
            case ROUTINE, SPECIAL -> true;
            case CASE -> countCaseInspections;
            case HIGHER_SPECIAL -> countHigherLevelSpecial;
            case NON_ENFORCEMENT -> false;
        };
    }

    /**
     * Whether a visit of this kind, past or proposed, counts for the repeat warning. Cause-based inspections do not:
     * a complaint cannot wait. Non-enforcement visits do, although they use up no allowance: 国办发〔2024〕54号
     * forbids disguising inspections as research, publicity or service visits.
     */
    public boolean countsForRepeatWarning(VisitKind kind) {
        return kind != VisitKind.CASE;
    }

    public enum OverCap {
        REFUSE,
        ESCALATE
    }
}
