package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/** A 府院联动 meeting of the county government and the courts: when, who took part, what was discussed. */
public record CourtLinkMeeting(long id, RegionCode county, LocalDate heldOn, String participants, String topics) {
}
