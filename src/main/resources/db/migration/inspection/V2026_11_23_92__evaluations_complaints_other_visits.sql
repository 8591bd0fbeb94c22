-- 企业评价执法: after a visit the enterprise rates it; officers see only averages, supervisors see each rating.
create table inspection.evaluation (
    task_id          bigint   primary key references inspection.task (id),
    region_code      text     not null,
    party_id         bigint   not null,
    lead_agency_id   bigint   not null,
    account_id       bigint,
    conduct          smallint not null check (conduct between 1 and 5),
    professionalism  smallint not null check (professionalism between 1 and 5),
    burden           smallint not null check (burden between 1 and 5),
    comment          text     check (length(comment) <= 500),
    rated_at         timestamptz not null default now()
);
create index evaluation_agency_idx on inspection.evaluation (lead_agency_id);

-- An enterprise's complaint about a visit, answered by the justice bureau.
create table inspection.visit_complaint (
    id           bigint generated always as identity primary key,
    task_id      bigint not null references inspection.task (id),
    region_code  text   not null,
    party_id     bigint not null,
    account_id   bigint,
    text         text   not null check (length(text) between 5 and 2000),
    created_at   timestamptz not null default now(),
    answer       text,
    answered_by  text,
    answered_at  timestamptz
);
create index visit_complaint_task_idx on inspection.visit_complaint (task_id);

-- Visits that enter an enterprise without being inspections (调研、政策宣讲、服务、督导): recorded, because
-- 国办发〔2024〕54号 forbids disguising inspections as them, and counted toward the repeat-visit warnings.
create table inspection.other_visit (
    id           bigint generated always as identity primary key,
    region_code  text   not null check (region_code ~ '^[1-9][0-9]{5}$'),
    party_id     bigint not null,
    agency_id    bigint not null,
    kind         text   not null check (kind in ('SURVEY', 'POLICY', 'SERVICE', 'GUIDANCE')),
    visited_on   date   not null,
    purpose      text   not null check (length(purpose) between 2 and 500),
    recorded_by  text   not null,
    recorded_at  timestamptz not null default now()
);
create index other_visit_party_idx on inspection.other_visit (party_id, visited_on);
