-- 检查任务: one visit to one party by one or more agencies (a joint visit: 进一次门、查多项事), citing published
-- inspection items, by at least two certified inspectors, in a time window. Kinds as in 国办发〔2024〕54号:
-- ROUTINE 日常检查 (from plans and draws), CASE 个案检查 (complaints, referrals, clues), SPECIAL 专项检查,
-- HIGHER_SPECIAL 上级部署的专项检查.
create sequence inspection.task_code_seq;
create table inspection.task (
    id                  bigint generated always as identity primary key,
    region_code         text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    code                text    not null unique
                                default ('JC' || lpad(nextval('inspection.task_code_seq')::text, 8, '0')),
    kind                text    not null check (kind in ('ROUTINE', 'CASE', 'SPECIAL', 'HIGHER_SPECIAL')),
    origin              text    not null check (origin in ('DRAW', 'COMPLAINT', 'REFERRAL', 'CLUE', 'CAMPAIGN')),
    origin_note         text,
    plan_id             bigint  references inspection.plan (id),
    party_id            bigint  not null,
    lead_agency_id      bigint  not null,
    agency_ids          bigint[] not null,
    item_ids            bigint[] not null check (cardinality(item_ids) >= 1),
    window_from         date    not null,
    window_to           date    not null,
    emergency           boolean not null default false,
    status              text    not null check (status in ('AWAITING_APPROVAL', 'APPROVED', 'CHECKED_IN', 'CONCLUDED',
                                                           'REFUSED', 'REVOKED')),
    frequency_outcome   text    not null check (frequency_outcome in ('ALLOWED', 'WARNED', 'ESCALATE', 'REFUSED')),
    frequency_reasons   text[]  not null default '{}',
    code_version        int     not null default 1,
    checked_in_at       timestamptz,
    result              text    check (result in ('NO_PROBLEM', 'RECTIFICATION', 'CASE_TO_FILE')),
    rectification_due   date,
    result_note         text,
    concluded_at        timestamptz,
    created_by          text    not null,
    created_at          timestamptz not null default now(),
    version             int     not null default 0,
    check (window_to >= window_from),
    check (array_position(agency_ids, lead_agency_id) is not null),
    check ((status = 'CONCLUDED') = (result is not null)),
    check (result is distinct from 'RECTIFICATION' or rectification_due is not null)
);
create index task_party_idx on inspection.task (party_id, window_from);
create index task_region_idx on inspection.task (region_code, status);
create index task_agencies_idx on inspection.task using gin (agency_ids);

-- The inspectors as certified when assigned: name and certificate number are what the visit's page shows.
create table inspection.task_inspector (
    task_id             bigint not null references inspection.task (id),
    officer_id          bigint not null,
    agency_id           bigint not null,
    name                text   not null,
    certificate_number  text   not null,
    primary key (task_id, officer_id)
);

-- 入企层层审批: the steps a task needs, in order; an emergency inspection's steps are decided afterwards.
create table inspection.task_approval (
    task_id      bigint  not null references inspection.task (id),
    position     int     not null,
    step         text    not null check (step in ('LEGAL_OFFICE', 'AGENCY_HEAD', 'JUSTICE_BUREAU')),
    reason       text,
    decision     text    check (decision in ('APPROVED', 'REFUSED')),
    decided_by   text,
    decided_at   timestamptz,
    note         text,
    primary key (task_id, position)
);

-- Every scan of a visit code, genuine or not: forged and expired codes are attempts the supervisors see.
create table inspection.code_scan (
    id              bigint generated always as identity primary key,
    task_id         bigint,
    outcome         text   not null,
    scanned_at      timestamptz not null default now(),
    account_id      bigint,
    remote_address  text
);
create index code_scan_task_idx on inspection.code_scan (task_id);
