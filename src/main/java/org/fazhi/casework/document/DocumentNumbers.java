package org.fazhi.casework.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues document and case numbers, unique and without gaps per agency, year and kind. The counter row of the
 * series is incremented inside the caller's transaction and stays locked until it ends: a concurrent issuer of the
 * same series waits, and a transaction that rolls back gives its number back to the next one. Hence a transaction
 * is required, and it should be short once it has drawn a number.
 */
@Service
public class DocumentNumbers {

    private final JdbcClient jdbc;
    private final NumberingProperties numbering;
    private final NumberPattern pattern;

    DocumentNumbers(JdbcClient jdbc, NumberingProperties numbering) {
        this.jdbc = jdbc;
        this.numbering = numbering;
        this.pattern = NumberPattern.of(numbering.pattern());
    }

    /**
     * The next number of the series.
     *
     * @param agencyAbbreviation as {@link AgencyAbbreviations} gives it ({@code 郏市监})
     * @param year               the year of issue
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentNumber next(long agencyId, String agencyAbbreviation, int year, DocumentKind kind) {
        String shortName = numbering.shortName(kind);
        int sequence = jdbc.sql("""
                        insert into casework.document_number (agency_id, year, kind, last_sequence)
                        values (:agency, :year, :kind, 1)
                        on conflict (agency_id, year, kind)
                        do update set last_sequence = document_number.last_sequence + 1
                        returning last_sequence""")
                .param("agency", agencyId).param("year", year).param("kind", kind.name())
                .query(Integer.class).single();
        return new DocumentNumber(pattern.format(agencyAbbreviation, shortName, year, sequence), sequence);
    }
}
