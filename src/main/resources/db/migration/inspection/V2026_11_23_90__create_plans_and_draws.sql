create schema if not exists inspection;

-- 抽查计划: annual or special, of one agency or joint (several agencies, several items, one visit). Ratios are the
-- share of each credit grade's parties to draw (信用+双随机); "-" is the share of parties without a grade.
create table inspection.plan (
    id                   bigint generated always as identity primary key,
    region_code          text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    code                 text    not null unique,
    name                 text    not null check (length(name) between 2 and 100),
    kind                 text    not null check (kind in ('ANNUAL', 'SPECIAL')),
    lead_agency_id       bigint  not null,
    agency_ids           bigint[] not null check (cardinality(agency_ids) >= 1),
    item_ids             bigint[] not null check (cardinality(item_ids) >= 1),
    townships            text[]  not null default '{}',
    industries           text[]  not null default '{}',
    grades               text[]  not null default '{}',
    period_from          date    not null,
    period_to            date    not null,
    ratio_a              numeric(5, 4) not null check (ratio_a between 0 and 1),
    ratio_b              numeric(5, 4) not null check (ratio_b between 0 and 1),
    ratio_c              numeric(5, 4) not null check (ratio_c between 0 and 1),
    ratio_d              numeric(5, 4) not null check (ratio_d between 0 and 1),
    ratio_unrated        numeric(5, 4) not null check (ratio_unrated between 0 and 1),
    inspectors_per_party int     not null default 2 check (inspectors_per_party >= 2),
    cap_per_inspector    int     check (cap_per_inspector > 0),
    avoid_residence      boolean not null,
    seed_mode            text    not null check (seed_mode in ('COMMITTED', 'PUBLIC_VALUE')),
    seed_source          text,
    draw_on              date    not null,
    status               text    not null check (status in ('DRAFT', 'APPROVED', 'PUBLISHED', 'DRAWN', 'CANCELLED')),
    created_by           text    not null,
    created_at           timestamptz not null default now(),
    approved_by          text,
    approved_at          timestamptz,
    published_at         timestamptz,
    -- COMMITTED seeds: the SM3 of the seed is published with the frozen directories; the seed itself stays
    -- encrypted until the draw reveals it.
    seed_commitment      text,
    seed_cipher          text,
    cancel_reason        text,
    cancelled_at         timestamptz,
    cancelled_by         text,
    version              int     not null default 0,
    check (period_to >= period_from),
    check (array_position(agency_ids, lead_agency_id) is not null),
    check (seed_mode = 'COMMITTED' or seed_source is not null),
    check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index plan_region_idx on inspection.plan (region_code, status);
create index plan_agencies_idx on inspection.plan using gin (agency_ids);

-- The directories frozen when a plan is published: the canonical lines (gzip) whose SM3 digests are published.
create table inspection.directory_snapshot (
    plan_id     bigint not null references inspection.plan (id),
    kind        text   not null check (kind in ('PARTIES', 'INSPECTORS', 'CONFLICTS')),
    digest      text   not null check (digest ~ '^[0-9a-f]{64}$'),
    line_count  int    not null,
    content     bytea  not null,
    primary key (plan_id, kind)
);

-- One plan, one draw: a cancelled draw stays, with its reason, and the plan cannot be drawn again.
create table inspection.draw (
    id              bigint generated always as identity primary key,
    plan_id         bigint not null unique references inspection.plan (id),
    region_code     text   not null,
    algorithm       text   not null,
    seed            text   not null,
    drawn_at        timestamptz not null default now(),
    drawn_by        text   not null,
    selected        int    not null,
    unstaffed       bigint[] not null default '{}',
    status          text   not null default 'VALID' check (status in ('VALID', 'CANCELLED')),
    cancel_reason   text,
    cancelled_at    timestamptz,
    cancelled_by    text,
    check (status = 'VALID' or cancel_reason is not null)
);

create table inspection.draw_assignment (
    draw_id      bigint   not null references inspection.draw (id),
    position     int      not null,
    party_id     bigint   not null,
    officer_ids  bigint[] not null,
    primary key (draw_id, position)
);
create index draw_assignment_party_idx on inspection.draw_assignment (party_id);

-- 回避申报: an officer's declared conflict of interest with a party, or the township where the officer lives.
create table inspection.conflict_declaration (
    id            bigint generated always as identity primary key,
    region_code   text   not null,
    agency_id     bigint not null,
    officer_id    bigint not null,
    officer_name  text   not null,
    party_id      bigint,
    township      text   check (township ~ '^[1-9][0-9]{8}$'),
    reason        text   not null check (length(reason) between 2 and 500),
    declared_on   date   not null,
    declared_by   text   not null,
    withdrawn_on  date,
    check ((party_id is null) <> (township is null))
);
create index conflict_officer_idx on inspection.conflict_declaration (officer_id);
