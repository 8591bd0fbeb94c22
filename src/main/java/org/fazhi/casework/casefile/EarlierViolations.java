package org.fazhi.casework.casefile;

import java.util.List;
import java.util.Locale;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search behind a 首违不罚 (行政处罚法第三十三条): the county's cases against the same party for a violation of
 * the same kind (an item of the same code, any version) that ended in a decision finding a violation — a penalty, no
 * penalty for a minor violation, an earlier first-offence waiver, or a transfer. The case records what was searched
 * and what was found.
 */
@Component
class EarlierViolations {

    /** What was searched, in Chinese, and the codes of the cases found. */
    record Search(String criteria, List<String> found) {
    }

    private final JdbcClient jdbc;
    private final PartyDirectory parties;
    private final MessageSource messages;

    EarlierViolations(JdbcClient jdbc, PartyDirectory parties, MessageSource messages) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.messages = messages;
    }

    Search of(PenaltyCase c) {
        List<String> found = jdbc.sql("""
                select c.code from casework.penalty_case c
                  join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'
                 where c.region_code = ? and c.party_id = ? and c.id <> ? and c.item_codes && ?::text[]
                   and p.kind in ('PENALTY', 'NO_PENALTY', 'FIRST_OFFENCE_WAIVED', 'TRANSFERRED')
                 order by c.id""")
                .params(c.county().value(), c.origin().partyId(), c.id(),
                        c.investigation().itemCodes().toArray(String[]::new))
                .query(String.class).list();
        PartyCard party = parties.find(c.origin().partyId()).orElse(null);
        String criteria = messages.getMessage("casework.first-offence.criteria", new Object[] {
                c.county().value(), party == null ? c.origin().partyId() : party.name(),
                party == null ? "" : party.displayCode(), String.join("、", c.investigation().itemCodes())},
                Locale.SIMPLIFIED_CHINESE);
        return new Search(criteria, found);
    }
}
