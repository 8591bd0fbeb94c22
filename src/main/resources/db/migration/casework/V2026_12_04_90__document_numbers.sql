create schema if not exists casework;

-- One counter per series of document numbers (执法文书编号): agency, year of issue and document kind. Incremented
-- inside the issuing transaction, so a rolled-back issue gives its number back (gap-free). No region_code: the
-- agency determines it, and the table is never listed, only incremented by key.
create table casework.document_number (
    agency_id     bigint  not null,
    year          integer not null check (year between 1949 and 9999),
    kind          text    not null check (kind in ('FILING_APPROVAL', 'PRIOR_NOTICE', 'HEARING_RIGHTS_NOTICE',
                                                   'HEARING_NOTICE', 'PENALTY_DECISION', 'NO_PENALTY_DECISION',
                                                   'SEIZURE_DECISION', 'EXTENSION_NOTICE', 'PAYMENT_REMINDER',
                                                   'SERVICE_RECEIPT', 'CLOSING_APPROVAL')),
    last_sequence integer not null check (last_sequence > 0),
    primary key (agency_id, year, kind)
);
