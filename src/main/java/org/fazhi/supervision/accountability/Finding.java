package org.fazhi.supervision.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A finding of fault (过错责任追究) against a unit: pursued, with the unit criticised in a circular (通报批评), persons
 * handled and the matter referred to the discipline commission (移交纪委) as decided; or not pursued, with the reason
 * (e.g. 「对不存在主观过错的败诉案件不予追究」).
 */
public record Finding(long id, RegionCode county, long agencyId, SourceRef source, String fault, LocalDate foundOn,
                      boolean pursued, @Nullable String notPursuedReason, boolean circulated,
                      boolean referredToDiscipline, List<Person> persons, String recordedBy, Instant recordedAt) {

    /** A person held at fault and how he or she was handled. */
    public record Person(String name, @Nullable Long officerId, HandlingKind handling) {
    }

    public Finding {
        persons = List.copyOf(persons);
    }
}
