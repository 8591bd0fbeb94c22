create schema if not exists disclosure;

-- 公示: one publication per decided case (行政处罚法第四十八条; 国办发〔2018〕118号: within 7 working days). The
-- sections and original_text are the decision as issued and stay internal; spans are the redactions the legal
-- office reviewed (start, end, kind, original, replacement over original_text); redacted_text is what the portal
-- shows. No foreign key to casework: case_id and agency_id are other modules' ids held as values.
create table disclosure.publication (
    id                 bigserial primary key,
    case_id            bigint      not null unique,
    decision_number    text        not null,
    agency_id          bigint      not null,
    region_code        text        not null,
    decided_on         date        not null,
    due_on             date        not null,
    due_provisional    boolean     not null default false,
    state              text        not null default 'PENDING'
        check (state in ('PENDING', 'PUBLISHED', 'WITHDRAWN', 'EXPIRED')),
    decision_kind      text        not null,
    party_name         text        not null,
    natural_person     boolean     not null,
    minor              boolean     not null,
    penalties          text        not null default '',
    fine_fen           bigint      not null default 0,
    items              text        not null default '',
    sections           jsonb       not null,
    original_text      text        not null,
    spans              jsonb       not null,
    redacted_text      text        not null,
    created_at         timestamptz not null default now(),
    published_at       timestamptz,
    published_by       text,
    published_on       date,
    expires_on         date,
    withdrawn_at       timestamptz,
    withdrawn_by       text,
    withdrawal_reason  text,
    overdue_raised_at  timestamptz,
    version            integer     not null default 0,
    check ((state = 'PENDING') = (published_at is null) or state = 'WITHDRAWN'),
    check (state <> 'WITHDRAWN' or (withdrawal_reason is not null and withdrawal_reason <> ''))
);

-- The legal office's list (its agency's pending and overdue first) and the watches (unpublished past due,
-- published past expiry).
create index publication_agency_state on disclosure.publication (agency_id, state, due_on);
create index publication_region on disclosure.publication (region_code, state, due_on);
create index publication_pending_due on disclosure.publication (due_on) where state = 'PENDING';
create index publication_published_expiry on disclosure.publication (expires_on) where state = 'PUBLISHED';
