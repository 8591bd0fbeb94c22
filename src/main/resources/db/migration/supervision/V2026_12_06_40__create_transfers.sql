-- 三法衔接: transfers of a case to public security (行刑衔接) or of misconduct clues to the supervision commission
-- (监察衔接), their deadlines and their documents. case_id is casework's id held as a value (no foreign key).
create schema if not exists supervision;

create table supervision.transfer (
    id                  bigint generated always as identity primary key,
    region_code         text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id           bigint      not null,
    case_id             bigint      not null,
    case_code           text        not null,
    kind                text        not null check (kind in ('PUBLIC_SECURITY', 'SUPERVISION_COMMISSION')),
    state               text        not null check (state in ('PROPOSED', 'NOT_APPROVED', 'APPROVED', 'HANDED_OVER',
                                        'NOT_FILED', 'RECONSIDERATION', 'PROCURATORATE', 'FILED', 'CLOSED')),
    outcome             text        check (outcome in ('EXHIBITS_HANDED_OVER', 'ADMINISTRATIVE_CONTINUES',
                                        'NOT_APPROVED', 'ACCEPTED', 'DECLINED')),
    suspected_offence   text        not null,
    receiving_body      text        not null,
    proposed_by         text        not null,
    proposed_at         timestamptz not null,
    approved_by         text,
    approved_at         timestamptz,
    handed_over_at      timestamptz,
    decided_on          date,
    decision_note       text,
    reconsidered        boolean     not null default false,
    procuratorate_asked boolean     not null default false,
    closed_on           date,
    from_decision       boolean     not null default false,
    version             integer     not null default 0
);
-- One live transfer of a kind per case: the casework decision and a form cannot both open one.
create unique index transfer_one_per_case on supervision.transfer (case_id, kind) where state <> 'NOT_APPROVED';
create index transfer_region on supervision.transfer (region_code, agency_id, state);

-- Each legal time limit of a transfer: due at the start of due_at (exclusive), met when the step was taken.
create table supervision.transfer_deadline (
    transfer_id bigint      not null references supervision.transfer (id) on delete cascade,
    kind        text        not null check (kind in ('APPROVAL', 'HANDOVER', 'POLICE_DECISION',
                                'RECONSIDERATION_REQUEST', 'RECONSIDERATION_DECISION', 'EXHIBITS')),
    due_on      date        not null,
    due_at      timestamptz not null,
    met_at      timestamptz,
    dropped     boolean     not null default false,
    provisional boolean     not null default false,
    primary key (transfer_id, kind)
);
create index transfer_deadline_open on supervision.transfer_deadline (due_on) where met_at is null and not dropped;

-- The documents handed over with the transfer (移送书, 调查报告, …), each a file of platform.files.
create table supervision.transfer_document (
    transfer_id bigint      not null references supervision.transfer (id) on delete cascade,
    kind        text        not null check (kind in ('TRANSFER_LETTER', 'INVESTIGATION_REPORT', 'EXHIBIT_LIST',
                                'EXPERT_OPINION', 'CLUE_MATERIAL', 'POLICE_NOTICE', 'OTHER')),
    file_id     bigint      not null,
    name        text        not null,
    added_by    text        not null,
    added_at    timestamptz not null,
    primary key (transfer_id, file_id)
);
