package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A training record as the REST API shows it: plain values, stable names, with the officer's year total. */
public record TrainingRecordView(long id, String regionCode, long agencyId, String agencyName, long officerId,
                                 String officerName, String course, LocalDate trainedOn, BigDecimal hours,
                                 @Nullable String organiser, BigDecimal officerYearHours, int version) {

    static TrainingRecordView of(TrainingRecordRepository.Row row) {
        TrainingRecord record = row.record();
        return new TrainingRecordView(record.id(), record.region().value(), record.agencyId(), row.agencyName(),
                record.officerId(), row.officerName(), record.course(), record.trainedOn(), record.hours(),
                record.organiser(), row.officerYearHours(), record.version());
    }
}
