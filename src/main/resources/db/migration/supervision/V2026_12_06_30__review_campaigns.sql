create schema if not exists supervision;

-- 案卷评查: a review campaign samples the closed case files of the agencies in scope with the verifiable draw of
-- docs/draw-algorithm.md (section 14). At announcement the directory of eligible files is frozen and published with
-- its SM3 digest, with the commitment to a sealed secret and the public value it will meet; at the draw the value is
-- entered and the sample drawn. Reviewers are registry officers (the bureau's supervisors and agencies' staff).
create table supervision.review_campaign (
    id                  bigint  generated always as identity primary key,
    region_code         text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    code                text    not null unique,
    name                text    not null,
    year                int     not null,
    period_from         date    not null,
    period_to           date    not null check (period_to >= period_from),
    agency_ids          bigint[] not null,
    sample_kind         text    not null check (sample_kind in ('COUNT', 'SHARE')),
    sample_value        text    not null,
    state               text    not null check (state in ('ANNOUNCED', 'DRAWN', 'FINISHED')),
    randomness_source   text    not null,
    randomness_issue    text,
    reading_at          timestamptz not null,
    published_at        timestamptz not null,
    commitment          text    not null,
    seed_cipher         text    not null,
    directory_lines     text[]  not null,
    directory_digest    text    not null,
    public_value        text,
    witnesses           text[]  not null default '{}',
    entered_by          text,
    entered_at          timestamptz,
    secret              text,
    seed                text,
    finished_on         date,
    created_by          text    not null,
    version             int     not null default 0,
    check ((state = 'ANNOUNCED') = (seed is null))
);
create index review_campaign_region_idx on supervision.review_campaign (region_code, year, id);

-- A drawn file: the case as the directory listed it, in draw order.
create table supervision.review_file (
    id              bigint  generated always as identity primary key,
    campaign_id     bigint  not null references supervision.review_campaign (id),
    region_code     text    not null,
    agency_id       bigint  not null,
    case_id         bigint  not null,
    case_code       text    not null,
    position        int     not null,
    unique (campaign_id, case_id)
);
create index review_file_agency_idx on supervision.review_file (region_code, agency_id);

create table supervision.review_reviewer (
    campaign_id     bigint  not null references supervision.review_campaign (id),
    officer_id      bigint  not null,
    name            text    not null,
    agency_id       bigint  not null,
    primary key (campaign_id, officer_id)
);

-- Who reviews which file; scored_at once the reviewer submitted the scores.
create table supervision.review_assignment (
    file_id         bigint  not null references supervision.review_file (id),
    officer_id      bigint  not null,
    scored_at       timestamptz,
    total           numeric(5, 1),
    comment         text,
    primary key (file_id, officer_id)
);

create table supervision.review_score (
    file_id         bigint  not null,
    officer_id      bigint  not null,
    item_code       text    not null,
    part_code       text    not null,
    points          numeric(5, 1) not null check (points >= 0),
    primary key (file_id, officer_id, item_code),
    foreign key (file_id, officer_id) references supervision.review_assignment (file_id, officer_id)
);

-- Problems a reviewer found in a file, per checklist item: they go on to the agency's rectification.
create table supervision.review_problem (
    id              bigint  generated always as identity primary key,
    file_id         bigint  not null references supervision.review_file (id),
    officer_id      bigint  not null,
    region_code     text    not null,
    agency_id       bigint  not null,
    item_code       text    not null,
    part_code       text    not null,
    text            text    not null,
    found_on        date    not null
);
create index review_problem_file_idx on supervision.review_problem (file_id);
