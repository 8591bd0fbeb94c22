-- 过错责任追究: a finding of fault against a unit (and its persons) from a source record, named as "type:id" (a lost
-- lawsuit of disputes, a supervision finding, a case-file review, a transfer), with the handling or the reason not
-- to pursue.
create schema if not exists supervision;

create table supervision.accountability_finding (
    id                     bigint generated always as identity primary key,
    region_code            text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id              bigint      not null,
    source_type            text        not null check (source_type in ('LAWSUIT', 'SUPERVISION_FINDING',
                                           'CASE_FILE_REVIEW', 'TRANSFER')),
    source_id              bigint      not null,
    fault                  text        not null,
    found_on               date        not null,
    pursued                boolean     not null,
    not_pursued_reason     text,
    circulated             boolean     not null default false,
    referred_to_discipline boolean     not null default false,
    recorded_by            text        not null,
    recorded_at            timestamptz not null,
    version                integer     not null default 0,
    check (pursued or (not_pursued_reason is not null and not circulated and not referred_to_discipline))
);
create index accountability_region on supervision.accountability_finding (region_code, found_on);

create table supervision.accountability_person (
    finding_id bigint not null references supervision.accountability_finding (id) on delete cascade,
    position   integer not null,
    name       text   not null,
    officer_id bigint,
    handling   text   not null check (handling in ('PARTY_GOVERNMENT_SANCTION', 'ORGANISATIONAL', 'ADMONITION',
                   'CRITICISM_EDUCATION')),
    primary key (finding_id, position)
);
