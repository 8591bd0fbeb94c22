package org.fazhi.registry;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry's rules that provinces set differently (legal-rules.md, "Other" and Henan rules).
 *
 * @param certificateValidityYears   an enforcement certificate's default validity (national format: 5 years)
 * @param establishedStaffOnly       only established staff may hold an enforcement certificate (Henan)
 * @param annualReviewDeadline       the 年审 of year Y is due by this day of year Y+1 (check local rule)
 * @param reviewOverdueBlocksEnforcement an overdue 年审 stops the officer from enforcing
 * @param expiringWithinDays         the dashboard's "expiring soon" window
 */
@ConfigurationProperties("fazhi.registry")
public record RegistryProperties(
        @DefaultValue("5") int certificateValidityYears,
        @DefaultValue("true") boolean establishedStaffOnly,
        @DefaultValue("--03-31") MonthDay annualReviewDeadline,
        @DefaultValue("true") boolean reviewOverdueBlocksEnforcement,
        @DefaultValue("30") int expiringWithinDays) {

    /**
     * The latest year whose 年审 is due on {@code today}. A certificate issued during that year is not yet due
     * for it.
     */
    public int reviewYearDueOn(java.time.LocalDate today) {
        boolean deadlinePassed = today.isAfter(annualReviewDeadline.atYear(today.getYear()));
        return deadlinePassed ? today.getYear() - 1 : today.getYear() - 2;
    }
}
