package org.fazhi.supervision.monitoring.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.fazhi.casework.CaseClosed;
import org.fazhi.casework.CaseDeadlineApproaching;
import org.fazhi.casework.OpenDeadlines;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Rule 2 (案件临近办案期限): an undecided case within the configured working days of its decision deadline (行政处罚法
 * 第六十条: 90 days from 立案, plus approved extensions). Once the deadline has passed, rule 1 takes over and this
 * alert clears; an approved extension that moves the deadline out of the window clears it too. The cause holds
 * from the first day the deadline was that close.
 */
@Component
class CaseNearTimeLimit implements MonitoringRule {

    static final String CODE = "CASE_NEAR_TIME_LIMIT";
    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    /** @param workingDays how close the decision deadline is, in working days, to raise the alert */
    @ConfigurationProperties("fazhi.supervision.rules.case-near-time-limit")
    record Settings(@DefaultValue("10") int workingDays) {
    }

    private final OpenDeadlines deadlines;
    private final Settings settings;
    private final MessageSource messages;

    CaseNearTimeLimit(OpenDeadlines deadlines, Settings settings, MessageSource messages) {
        this.deadlines = deadlines;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return deadlines.decisionsDue(county, today, latest(today)).stream().map(this::cause).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /** The cases the events name, read at once. */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        Set<Long> caseIds = Events.ids(events, CaseNearTimeLimit::caseOf);
        if (caseIds.isEmpty()) {
            return Optional.empty();
        }
        List<AlertCause> holding = deadlines.decisionDueOf(caseIds, today, latest(today)).stream()
                .map(this::cause).toList();
        return Optional.of(new Reassessment(caseIds.stream().map(id -> new Subject("casework.case", id, ""))
                .toList(), holding));
    }

    private static OptionalLong caseOf(Object event) {
        return event instanceof CaseDeadlineApproaching near ? OptionalLong.of(near.caseId())
                : event instanceof PenaltyDecided decided ? OptionalLong.of(decided.caseId())
                : event instanceof CaseClosed closed ? OptionalLong.of(closed.caseId())
                : Events.changed(event, "casework.case");
    }

    private LocalDate latest(LocalDate today) {
        return CALENDAR.addWorkingDays(today, settings.workingDays());
    }

    private AlertCause cause(OpenDeadlines.DecisionDue due) {
        return new AlertCause(new Subject("casework.case", due.caseId(), due.caseCode()), due.county(), due.agencyId(),
                windowOpened(due.dueOn()), messages.getMessage("supervision.rule.summary." + CODE,
                new Object[] {due.caseCode(), due.dueOn().toString(), settings.workingDays()},
                Locale.SIMPLIFIED_CHINESE));
    }

    /** The first day from which the deadline was at most the configured working days away. */
    LocalDate windowOpened(LocalDate dueOn) {
        LocalDate day = dueOn;
        while (CALENDAR.workingDaysBetween(day.minusDays(1), dueOn) <= settings.workingDays()) {
            day = day.minusDays(1);
        }
        return day;
    }
}
