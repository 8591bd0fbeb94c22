package org.fazhi.supervision.monitoring;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Why a rule fires for one record: the subject, where it belongs (county and, when there is one, the agency the
 * alert concerns), since when the cause holds and a sentence in Chinese saying what is wrong with the figures that
 * show it (「案件 X 的调查取证期限 2026-11-20 已过 3 个工作日」). A rule's cause for the same subject on two runs is the same
 * alert: the monitoring keys alerts by rule and subject, never duplicates one and closes it when the cause is gone.
 */
public record AlertCause(Subject subject, RegionCode county, @Nullable Long agencyId, LocalDate since,
                         String summary) {
}
