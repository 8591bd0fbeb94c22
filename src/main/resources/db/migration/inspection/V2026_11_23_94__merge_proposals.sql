-- 综合查一次 / 拼团: two or more agencies' planned visits to one party close together, proposed as one joint visit.
-- Each agency involved accepts; when all have, the visits become one. Recomputed for a party whenever its plans
-- change, so an open proposal always reflects the tasks as they are.
create table inspection.merge_proposal (
    id              bigint generated always as identity primary key,
    region_code     text     not null,
    party_id        bigint   not null,
    task_ids        bigint[] not null check (cardinality(task_ids) >= 2),
    agency_ids      bigint[] not null,
    suggested_from  date     not null,
    suggested_to    date     not null,
    status          text     not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'DECLINED')),
    merged_task_id  bigint,
    created_at      timestamptz not null default now(),
    decided_at      timestamptz,
    decided_by      text
);
create index merge_proposal_party_idx on inspection.merge_proposal (party_id, status);
create index merge_proposal_agencies_idx on inspection.merge_proposal using gin (agency_ids);

create table inspection.merge_acceptance (
    proposal_id  bigint not null references inspection.merge_proposal (id),
    agency_id    bigint not null,
    accepted_by  text   not null,
    accepted_at  timestamptz not null default now(),
    primary key (proposal_id, agency_id)
);
