-- 台账: the county's declared ledger types (shipped types live in resource files, not here) and the entries of every
-- ledger, one table for all types: the values as jsonb checked against the declaration by the application, with the
-- columns lists, scope and indicators filter on (county, agency, the declared date) kept beside them.
create schema if not exists governance;

create table governance.ledger_type (
    id           bigint generated always as identity primary key,
    region_code  text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    code         text        not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    declaration  jsonb       not null,
    declared_by  text        not null,
    declared_at  timestamptz not null default now(),
    version      integer     not null default 0,
    unique (region_code, code)
);

create table governance.ledger_entry (
    id           bigint generated always as identity primary key,
    region_code  text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    type_code    text        not null,
    agency_id    bigint,
    entry_date   date        not null,
    field_values jsonb       not null,
    search_text  text        not null default '',
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    updated_by   text,
    updated_at   timestamptz,
    version      integer     not null default 0
);

create index ledger_entry_listing on governance.ledger_entry (region_code, type_code, entry_date desc, id desc);
create index ledger_entry_agency on governance.ledger_entry (region_code, type_code, agency_id);
