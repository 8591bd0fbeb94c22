-- A decision changed or revoked (by the agency, reconsideration or a court) must have its publication withdrawn
-- within 3 working days with the reason (国办发〔2018〕118号). One open duty per publication; withdrawing (or the
-- publication's expiry) clears it, and the row stays as the record of how long it took.
create table disclosure.withdrawal_due (
    id                 bigserial primary key,
    publication_id     bigint      not null references disclosure.publication (id),
    case_id            bigint      not null,
    reason             text        not null check (reason <> ''),
    changed_on         date        not null,
    due_on             date        not null,
    due_provisional    boolean     not null default false,
    recorded_by        text        not null,
    recorded_at        timestamptz not null default now(),
    overdue_raised_at  timestamptz,
    cleared_at         timestamptz
);

create unique index withdrawal_due_open on disclosure.withdrawal_due (publication_id) where cleared_at is null;
create index withdrawal_due_overdue on disclosure.withdrawal_due (due_on) where cleared_at is null;
