-- 重大行政决策: the county's yearly catalogue (目录) and each decision with its five statutory procedures
-- (重大行政决策程序暂行条例), their dates and evidence, the decision and its post-evaluation (后评估). The undertaking
-- agency (registry) is held as a value, without a foreign key.
create schema if not exists governance;

create table governance.decision_catalogue (
    id              bigint  generated always as identity primary key,
    region_code     text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    year            integer not null check (year between 2000 and 2100),
    published_on    date,
    created_by      text    not null,
    unique (region_code, year)
);

create table governance.major_decision (
    id                  bigint  generated always as identity primary key,
    catalogue_id        bigint  not null references governance.decision_catalogue (id),
    region_code         text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id           bigint  not null,
    title               text    not null,
    decided_on          date,
    decision_note       text,
    evaluated_on        date,
    evaluation          text,
    created_by          text    not null,
    version             integer not null default 0,
    check (evaluated_on is null or decided_on is not null)
);
create index major_decision_catalogue on governance.major_decision (catalogue_id);
create index major_decision_region on governance.major_decision (region_code, agency_id);

create table governance.decision_step (
    decision_id     bigint  not null references governance.major_decision (id) on delete cascade,
    kind            text    not null check (kind in ('PUBLIC_PARTICIPATION', 'EXPERT_ARGUMENTATION',
                        'RISK_ASSESSMENT', 'LEGALITY_REVIEW', 'COLLECTIVE_DISCUSSION')),
    done_on         date    not null,
    evidence        text    not null,
    recorded_by     text    not null,
    primary key (decision_id, kind)
);
