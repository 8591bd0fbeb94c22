package org.fazhi.casework.compulsion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * A 查封 or 扣押 on a case (行政强制法). Proposed by two officers and approved by the head before it is taken
 * (第十八条), or taken urgently on the spot and approved within 24 hours after (第十九条; refused, it is lifted at
 * once); in force for 30 days from the day it was taken, extended once by at most 30 days with a reason (第二十五条);
 * lifted with one of the reasons of 第二十八条 and closed when every item of its list was returned, or closed by the
 * penalty decision confiscating the items. Each method is one act: it returns the measure after it, or refuses.
 */
public record CompulsoryMeasure(long id, long caseId, RegionCode county, long agencyId, MeasureKind kind,
                                MeasureState state, boolean urgent, String reason, String legalBasis, String placeKept,
                                List<Long> officerIds, List<MeasureItem> items, @Nullable Instant takenAt,
                                @Nullable Approval approval, @Nullable Period period, @Nullable String decisionNumber,
                                @Nullable Extension extension, @Nullable Lifting lifting,
                                @Nullable LocalDate confiscatedOn, @Nullable LocalDate closedOn, String createdBy,
                                int version) {

    static final String ARTICLE_18 = "行政强制法第十八条";
    static final String ARTICLE_19 = "行政强制法第十九条";
    static final String ARTICLE_25 = "行政强制法第二十五条";
    static final String ARTICLE_28 = "行政强制法第二十八条";

    public CompulsoryMeasure {
        officerIds = List.copyOf(officerIds);
        items = List.copyOf(items);
    }

    /** The head's approval (or refusal) and what he or she noted. */
    public record Approval(boolean approved, String by, Instant at, @Nullable String note) {
    }

    /** From the day the measure was taken to the last day it may last. */
    public record Period(LocalDate startedOn, LocalDate dueOn, boolean provisional) {
    }

    public record Extension(int days, String reason, String by, LocalDate on, @Nullable String number) {
    }

    /** Lifted on a day for a reason; {@code number} is the 解除查封（扣押）决定书's, none for 先行登记保存. */
    public record Lifting(LocalDate on, LiftingReason reason, @Nullable String note, @Nullable String number) {
    }

    /** What an officer asks for: the measure, its grounds, its officers and its list. */
    public record Request(MeasureKind kind, String reason, String legalBasis, String placeKept, List<Long> officerIds,
                          List<MeasureItem> items) {

        public Request {
            officerIds = List.copyOf(officerIds);
            items = List.copyOf(items);
        }
    }

    /** 第十八条: proposed, to be approved by the head before it is taken. */
    static CompulsoryMeasure proposed(long caseId, RegionCode county, long agencyId, Request request, String by) {
        return create(caseId, county, agencyId, request, MeasureState.PROPOSED, null, null, by);
    }

    /** 第十九条: taken on the spot now; the head approves it within the hours of {@code periods}. */
    static CompulsoryMeasure takenUrgently(long caseId, RegionCode county, long agencyId, Request request, String by,
                                           Instant now, LocalDate today, MeasurePeriods periods) {
        return create(caseId, county, agencyId, request, MeasureState.URGENT, now,
                period(request.kind(), today, 0, periods), by);
    }

    private static CompulsoryMeasure create(long caseId, RegionCode county, long agencyId, Request r,
                                            MeasureState state, @Nullable Instant takenAt, @Nullable Period period,
                                            String by) {
        if (r.officerIds().stream().distinct().count() < 2) {
            throw new RuleViolation("casework.measure.two-officers", ARTICLE_18);
        }
        if (r.items().isEmpty()) {
            throw new RuleViolation("casework.measure.no-items", "行政强制法第二十四条");
        }
        return new CompulsoryMeasure(0, caseId, county, agencyId, r.kind(), state, takenAt != null, r.reason(),
                r.legalBasis(), r.placeKept(), r.officerIds(), r.items(), takenAt, null, period, null, null, null,
                null, null, by, 0);
    }

    /** The head approves: a proposal is taken today; an urgent measure keeps its day, if approved in time. */
    CompulsoryMeasure approve(String by, Instant now, LocalDate today, @Nullable String note, MeasurePeriods periods) {
        MeasureAct.APPROVE.requireIn(state);
        if (state == MeasureState.URGENT && now.isAfter(periods.approvalDue(takenMoment()))) {
            throw new RuleViolation("casework.measure.approval-too-late", ARTICLE_19, periods.approvalHours());
        }
        Period in = state == MeasureState.URGENT ? period : period(kind, today, 0, periods);
        Instant taken = takenAt != null ? takenAt : now;
        return with(MeasureState.IN_FORCE, taken, new Approval(true, by, now, note), in, extension, lifting, null);
    }

    /** The head refuses: a proposal is never taken; an urgent measure is lifted at once (第十九条). */
    CompulsoryMeasure refuse(String by, Instant now, LocalDate today, String note) {
        MeasureAct.REFUSE.requireIn(state);
        Approval refused = new Approval(false, by, now, note);
        if (state == MeasureState.PROPOSED) {
            return with(MeasureState.REFUSED, takenAt, refused, period, extension, lifting, today);
        }
        return with(MeasureState.LIFTED, takenAt, refused, period, extension,
                new Lifting(today, LiftingReason.NOT_APPROVED, note, null), null);
    }

    /** 第二十五条: once, by at most the configured days, with a reason, before the period runs out. */
    CompulsoryMeasure extend(int days, String why, String by, LocalDate today, MeasurePeriods periods) {
        MeasureAct.EXTEND.requireIn(state);
        Period current = running();
        if (!kind.isCompulsory()) {
            throw new RuleViolation("casework.measure.preservation-not-extended", "行政处罚法第五十六条");
        }
        if (extension != null) {
            throw new RuleViolation("casework.measure.extended-once", ARTICLE_25, extension.on());
        }
        if (days < 1 || days > periods.maxExtensionDays()) {
            throw new RuleViolation("casework.measure.extension-too-long", ARTICLE_25, periods.maxExtensionDays());
        }
        if (today.isAfter(current.dueOn())) {
            throw new RuleViolation("casework.measure.period-over", ARTICLE_25, current.dueOn());
        }
        return with(state, takenAt, approval, period(kind, current.startedOn(), days, periods),
                new Extension(days, why, by, today, null), lifting, null);
    }

    /** 第二十八条: lifted for one of its reasons; the items are then returned. */
    CompulsoryMeasure lift(LiftingReason why, @Nullable String note, LocalDate today) {
        MeasureAct.LIFT.requireIn(state);
        if (why == LiftingReason.NOT_APPROVED) {
            throw new RuleViolation("casework.measure.lift-not-approved", ARTICLE_19);
        }
        if (why == LiftingReason.PERIOD_ENDED && state == MeasureState.IN_FORCE && !today.isAfter(running().dueOn())) {
            throw new RuleViolation("casework.measure.period-not-ended", ARTICLE_28, running().dueOn());
        }
        return with(MeasureState.LIFTED, takenAt, approval, period, extension, new Lifting(today, why, note, null), null);
    }

    CompulsoryMeasure returnItem(int line, String to, LocalDate today) {
        MeasureAct.RETURN_ITEM.requireIn(state);
        MeasureItem item = items.stream().filter(i -> i.line() == line).findFirst()
                .orElseThrow(() -> RuleViolation.of("casework.measure.no-such-item", line));
        if (item.isReturned()) {
            throw RuleViolation.of("casework.measure.item-returned", line, item.returnedOn());
        }
        List<MeasureItem> after = items.stream().map(i -> i.line() == line ? i.returned(today, to) : i).toList();
        return new CompulsoryMeasure(id, caseId, county, agencyId, kind, state, urgent, reason, legalBasis, placeKept,
                officerIds, after, takenAt, approval, period, decisionNumber, extension, lifting, confiscatedOn,
                closedOn, createdBy, version);
    }

    /** Closed once every item is back with the party (第二十八条: 解除后应当立即退还财物). */
    CompulsoryMeasure close(LocalDate today) {
        MeasureAct.CLOSE.requireIn(state);
        List<Integer> kept = items.stream().filter(i -> !i.isReturned()).map(MeasureItem::line).toList();
        if (!kept.isEmpty()) {
            throw new RuleViolation("casework.measure.items-not-returned", ARTICLE_28, kept.size());
        }
        return with(MeasureState.CLOSED, takenAt, approval, period, extension, lifting, today);
    }

    /** The case's penalty decision confiscated the items (没收): the measure ends in the decision. */
    CompulsoryMeasure confiscate(LocalDate today, boolean caseDecided) {
        MeasureAct.CONFISCATE.requireIn(state);
        if (!caseDecided) {
            throw new RuleViolation("casework.measure.no-decision", "行政强制法第二十七条");
        }
        return new CompulsoryMeasure(id, caseId, county, agencyId, kind, MeasureState.CLOSED, urgent, reason,
                legalBasis, placeKept, officerIds, items, takenAt, approval, period, decisionNumber, extension, lifting,
                today, today, createdBy, version);
    }

    /** The measure with its documents' numbers, drawn when it was taken and when it was extended. */
    CompulsoryMeasure numbered(@Nullable String decision, @Nullable String extensionNotice) {
        Extension e = extension == null ? null : new Extension(extension.days(), extension.reason(), extension.by(),
                extension.on(), extensionNotice);
        return new CompulsoryMeasure(id, caseId, county, agencyId, kind, state, urgent, reason, legalBasis, placeKept,
                officerIds, items, takenAt, approval, period, decision, e, lifting, confiscatedOn, closedOn,
                createdBy, version);
    }

    /** The lifted measure with the number of its 解除查封（扣押）决定书 (第二十八条), drawn when it was lifted. */
    CompulsoryMeasure releaseNumbered(String number) {
        if (lifting == null) {
            throw new IllegalStateException("measure " + id + " is not lifted");
        }
        return with(state, takenAt, approval, period, extension,
                new Lifting(lifting.on(), lifting.reason(), lifting.note(), number), closedOn);
    }

    /** The urgent measure's approval is due by then; null once decided or when it was not urgent. */
    public @Nullable Instant approvalDue(MeasurePeriods periods) {
        return state == MeasureState.URGENT && takenAt != null ? periods.approvalDue(takenAt) : null;
    }

    public boolean returnedAll() {
        return items.stream().allMatch(MeasureItem::isReturned);
    }

    private Period running() {
        if (period == null) {
            throw new IllegalStateException("measure " + id + " in force without its period");
        }
        return period;
    }

    private Instant takenMoment() {
        if (takenAt == null) {
            throw new IllegalStateException("urgent measure " + id + " without its moment");
        }
        return takenAt;
    }

    private static Period period(MeasureKind kind, LocalDate startedOn, int extensionDays, MeasurePeriods periods) {
        Deadline due = periods.limit(kind, startedOn, extensionDays);
        return new Period(startedOn, due.date(), due.provisional());
    }

    private CompulsoryMeasure with(MeasureState to, @Nullable Instant taken, @Nullable Approval approved,
                                   @Nullable Period in, @Nullable Extension extended, @Nullable Lifting lifted,
                                   @Nullable LocalDate closed) {
        return new CompulsoryMeasure(id, caseId, county, agencyId, kind, to, urgent, reason, legalBasis, placeKept,
                officerIds, items, taken, approved, in, decisionNumber, extended, lifted, confiscatedOn, closed,
                createdBy, version);
    }
}
