create schema if not exists catalog;

-- 执法事项 (权责清单): one row per version. A county changes its list every year without losing history: a new
-- version of the same code starts when the previous one ends. agency_id refers to registry.agency (another
-- module's table, so no foreign key).
create table catalog.item (
    id                  bigint generated always as identity primary key,
    region_code         text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id           bigint  not null,
    code                text    not null check (code ~ '^[0-9A-Za-z-]{2,40}$'),
    name                text    not null check (length(name) between 2 and 200),
    category            text    not null check (category in ('PENALTY', 'COMPULSION', 'INSPECTION', 'LICENSING',
                                                             'LEVY', 'PAYMENT', 'CONFIRMATION', 'REWARD',
                                                             'ADJUDICATION', 'OTHER')),
    enterprise_related  boolean not null default false,
    effective_from      date    not null,
    effective_to        date,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             int     not null default 0,
    check (effective_to is null or effective_to >= effective_from),
    unique (region_code, code, effective_from)
);
create index item_agency_idx on catalog.item (agency_id);
create index item_in_force_idx on catalog.item (region_code, effective_from, effective_to);

-- An item's legal basis: several provisions, each a law or regulation, an article and the quoted text.
create table catalog.legal_basis (
    id           bigint generated always as identity primary key,
    item_id      bigint not null references catalog.item (id) on delete cascade,
    region_code  text   not null,
    position     int    not null,
    law          text   not null check (length(law) between 2 and 200),
    article      text,
    quoted       text,
    unique (item_id, position)
);

-- 赋权: an item delegated by a county department to the townships (镇、乡), to the subdistricts (街道), or to one
-- named township or park.
create table catalog.delegation (
    id                    bigint generated always as identity primary key,
    item_id               bigint not null references catalog.item (id) on delete cascade,
    region_code           text   not null,
    receiver              text   not null check (receiver in ('TOWNSHIPS', 'SUBDISTRICTS', 'ONE_REGION')),
    receiver_region_code  text,
    delegating_agency_id  bigint not null,
    domain                text,
    effective_from        date   not null,
    check ((receiver = 'ONE_REGION') = (receiver_region_code is not null))
);
create index delegation_item_idx on catalog.delegation (item_id);

-- 裁量基准 of a penalty item (Art. 34: published), in tiers.
create table catalog.benchmark (
    id              bigint generated always as identity primary key,
    item_id         bigint  not null references catalog.item (id) on delete cascade,
    region_code     text    not null,
    title           text    not null check (length(title) between 2 and 200),
    basis           text,
    published       boolean not null default false,
    effective_from  date    not null,
    version         int     not null default 0,
    unique (item_id)
);

-- A tier: the circumstances that define it, the penalty kinds it allows (行政处罚法第九条) and the fine range, in
-- fen or as multiples of illegal gains or of the goods' value.
create table catalog.benchmark_tier (
    id              bigint generated always as identity primary key,
    benchmark_id    bigint  not null references catalog.benchmark (id) on delete cascade,
    region_code     text    not null,
    position        int     not null,
    name            text    not null check (length(name) between 1 and 20),
    circumstances   text    not null,
    penalty_kinds   text[]  not null,
    fine_basis      text    not null check (fine_basis in ('NONE', 'FIXED', 'ILLEGAL_GAINS', 'GOODS_VALUE')),
    fine_min_fen    bigint  check (fine_min_fen >= 0),
    fine_max_fen    bigint  check (fine_max_fen >= 0),
    multiple_min    numeric(8, 2) check (multiple_min >= 0),
    multiple_max    numeric(8, 2) check (multiple_max >= 0),
    unique (benchmark_id, position),
    unique (benchmark_id, name),
    check (fine_basis <> 'FIXED' or (fine_min_fen is not null and fine_max_fen is not null and fine_min_fen <= fine_max_fen)),
    check (fine_basis not in ('ILLEGAL_GAINS', 'GOODS_VALUE')
           or (multiple_min is not null and multiple_max is not null and multiple_min <= multiple_max))
);

-- 柔性执法清单: 不予处罚 (incl. 首违不罚, Art. 33), 从轻, 减轻, 免予行政强制; each entry tied to an item.
create table catalog.flexible_entry (
    id              bigint generated always as identity primary key,
    region_code     text   not null,
    list_kind       text   not null check (list_kind in ('NO_PENALTY', 'FIRST_OFFENCE', 'LIGHTER', 'MITIGATED',
                                                          'NO_COMPULSION')),
    item_id         bigint not null references catalog.item (id) on delete cascade,
    circumstances   text   not null check (length(circumstances) between 2 and 1000),
    conditions      text,
    legal_basis     text,
    effective_from  date   not null,
    effective_to    date,
    version         int    not null default 0,
    check (effective_to is null or effective_to >= effective_from)
);
create index flexible_item_idx on catalog.flexible_entry (item_id);
