package org.fazhi.supervision.monitoring.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.fazhi.casework.CompulsoryMeasureOverdue;
import org.fazhi.casework.HeldMeasures;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Rule 17 (乱查封): a 查封 or 扣押 still holding the party's property past its period (行政强制法第二十五条: 30 days,
 * extended once by at most 30), one taken urgently on the spot and not approved within the hours of 第十九条, or one
 * extended more often than the law allows. One alert per measure; it clears when the measure is lifted, decided
 * on or approved. The times are today's (the rule is asked for a day, the approval window counts hours from now).
 */
@Component
class SeizureOverdue implements MonitoringRule {

    static final String CODE = "SEIZURE_OVERDUE";
    static final String SUBJECT = "casework.compulsory_measure";

    /** @param extensionsTooMany this many extensions raise the alert (the law allows one) */
    @ConfigurationProperties("fazhi.supervision.rules.seizure-overdue")
    record Settings(@DefaultValue("2") int extensionsTooMany) {
    }

    private final HeldMeasures measures;
    private final Settings settings;
    private final MessageSource messages;
    private final Clock clock;

    SeizureOverdue(HeldMeasures measures, Settings settings, MessageSource messages, Clock clock) {
        this.measures = measures;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return measures.wrongful(county, clock.instant(), clock.getZone(), settings.extensionsTooMany()).stream()
                .map(this::cause).toList();
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        OptionalLong id = event instanceof CompulsoryMeasureOverdue overdue ? OptionalLong.of(overdue.measureId())
                : Events.changed(event, SUBJECT);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<AlertCause> holding = measures.wrongfulOf(id.getAsLong(), clock.instant(), clock.getZone(),
                settings.extensionsTooMany()).stream().map(this::cause).toList();
        return Optional.of(new Reassessment(List.of(new Subject(SUBJECT, id.getAsLong(), "")), holding));
    }

    private AlertCause cause(HeldMeasures.Wrongful wrongful) {
        String kind = messages.getMessage("casework.measure.kind." + wrongful.kind(), null, wrongful.kind(),
                Locale.SIMPLIFIED_CHINESE);
        String due = String.valueOf(wrongful.dueOn());
        List<String> problems = new ArrayList<>();
        if (wrongful.pastPeriod()) {
            problems.add(text("past", due));
        }
        if (wrongful.awaitingApproval()) {
            problems.add(text("unapproved", due));
        }
        if (wrongful.extensions() >= settings.extensionsTooMany()) {
            problems.add(text("extended", wrongful.extensions()));
        }
        LocalDate since = wrongful.dueOn() == null ? LocalDate.now(clock) : wrongful.dueOn().plusDays(1);
        return new AlertCause(new Subject(SUBJECT, wrongful.measureId(), wrongful.caseCode() + " " + kind),
                wrongful.county(), wrongful.agencyId(), since, messages.getMessage("supervision.rule.summary." + CODE,
                new Object[] {wrongful.caseCode(), kind, String.join("；", problems)}, Locale.SIMPLIFIED_CHINESE));
    }

    private String text(String problem, Object argument) {
        return messages.getMessage("supervision.rule.summary." + CODE + "." + problem, new Object[] {argument},
                Locale.SIMPLIFIED_CHINESE);
    }
}
