create schema if not exists supervision;

-- 问题分类: the two-level list findings are classed by (体制机制问题 / 执法规范问题 and their types). Data, not an
-- enum: a county adds or renames types; a category has no parent, a type names its category.
create table supervision.problem_category (
    code         text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    parent_code  text references supervision.problem_category (code),
    name         text not null check (length(name) between 2 and 40),
    position     int  not null default 0,
    active       boolean not null default true,
    unique (parent_code, name)
);

insert into supervision.problem_category (code, parent_code, name, position) values
    ('INSTITUTIONAL', null, '体制机制问题', 1),
    ('CONDUCT', null, '执法规范问题', 2),
    ('INST_POWERS_UNCLEAR', 'INSTITUTIONAL', '职责权限不清', 1),
    ('INST_DELEGATION', 'INSTITUTIONAL', '赋权事项承接不到位', 2),
    ('INST_THREE_SYSTEMS', 'INSTITUTIONAL', '三项制度落实不到位', 3),
    ('INST_STAFFING', 'INSTITUTIONAL', '执法力量配备不足', 4),
    ('INST_COORDINATION', 'INSTITUTIONAL', '推诿扯皮、协作机制缺失', 5),
    ('CONDUCT_NOT_FILED', 'CONDUCT', '有案不立', 1),
    ('CONDUCT_PROCEDURE', 'CONDUCT', '执法程序不规范', 2),
    ('CONDUCT_EVIDENCE', 'CONDUCT', '事实不清、证据不足', 3),
    ('CONDUCT_LAW', 'CONDUCT', '适用法律错误', 4),
    ('CONDUCT_DISCRETION', 'CONDUCT', '裁量不当', 5),
    ('CONDUCT_DOCUMENTS', 'CONDUCT', '执法文书不规范', 6),
    ('CONDUCT_FINE_INSTEAD', 'CONDUCT', '以罚代管', 7),
    ('CONDUCT_PROFIT', 'CONDUCT', '趋利性执法', 8),
    ('CONDUCT_ARBITRARY', 'CONDUCT', '乱收费、乱罚款、乱检查、乱查封', 9),
    ('CONDUCT_DISCLOSURE', 'CONDUCT', '执法公示不及时', 10);

-- 常态化行政执法监督: a routine (日常, e.g. quarterly) or special (专项) round over some agencies, a period and topics.
create table supervision.round (
    id           bigint generated always as identity primary key,
    region_code  text not null check (region_code ~ '^[1-9][0-9]{5}$'),
    kind         text not null check (kind in ('ROUTINE', 'SPECIAL')),
    title        text not null check (length(title) between 2 and 80),
    period_from  date not null,
    period_to    date not null,
    topics       text not null default '' check (length(topics) <= 1000),
    state        text not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    created_by   text not null,
    created_at   timestamptz not null default now(),
    closed_on    date,
    version      int  not null default 0,
    check (period_to >= period_from),
    check ((state = 'CLOSED') = (closed_on is not null))
);
create index round_region_idx on supervision.round (region_code, period_from desc);

create table supervision.round_agency (
    round_id   bigint not null references supervision.round (id),
    agency_id  bigint not null,
    -- the agency's result when the round closed (feeds its assessment): score out of 100 and grade
    score      int check (score between 0 and 100),
    grade      text check (grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
    primary key (round_id, agency_id)
);
create index round_agency_agency_idx on supervision.round_agency (agency_id);

-- The supervisors on a round: registry officers holding a valid 行政执法监督证 when added.
create table supervision.round_supervisor (
    round_id            bigint not null references supervision.round (id),
    officer_id          bigint not null,
    officer_name        text   not null,
    certificate_number  text   not null,
    primary key (round_id, officer_id)
);

-- 监督意见书 (and, when not acted on, its 监督决定书): one per agency and round, or for one record (个案监督).
create table supervision.opinion (
    id                  bigint generated always as identity primary key,
    region_code         text   not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id           bigint not null,
    round_id            bigint references supervision.round (id),
    subject_type        text,
    subject_id          bigint,
    number              text   not null unique,
    issued_on           date   not null,
    deadline            date   not null,
    deadline_provisional boolean not null default false,
    state               text   not null check (state in ('ISSUED', 'ANSWERED', 'RETURNED', 'ACCEPTED', 'ESCALATED')),
    issued_by           text   not null,
    -- as issued; null for generated history, rendered when read
    document            bytea,
    decision_number     text unique,
    decided_on          date,
    decision_deadline   date,
    decision_document   bytea,
    accepted_on         date,
    accepted_by         text,
    on_time             boolean,
    version             int    not null default 0,
    check (deadline >= issued_on),
    check ((decision_number is null) = (decided_on is null)),
    check ((subject_type is null) = (subject_id is null))
);
create index opinion_region_idx on supervision.opinion (region_code, issued_on desc);
create index opinion_agency_idx on supervision.opinion (agency_id, state);
create index opinion_round_idx on supervision.opinion (round_id);

-- A problem found (监督发现问题): in a round, a case-file review or one record's supervision; the record it
-- concerns is named as type + id (casework.case:123). Goes into the agency's next 监督意见书.
create table supervision.finding (
    id             bigint generated always as identity primary key,
    region_code    text   not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id      bigint not null,
    source         text   not null check (source ~ '^[a-z]+(:[0-9]+)?$'),
    round_id       bigint references supervision.round (id),
    category_code  text   not null references supervision.problem_category (code),
    type_code      text   not null references supervision.problem_category (code),
    description    text   not null check (length(description) between 2 and 2000),
    subject_type   text,
    subject_id     bigint,
    subject_label  text,
    opinion_id     bigint references supervision.opinion (id),
    recorded_by    text   not null,
    recorded_at    timestamptz not null default now(),
    check ((subject_type is null) = (subject_id is null))
);
create index finding_region_idx on supervision.finding (region_code, agency_id);
create index finding_round_idx on supervision.finding (round_id);
create index finding_opinion_idx on supervision.finding (opinion_id);

-- 整改措施: the agency's answer to an opinion, with evidence files (platform.files, owner supervision.rectification);
-- accepted or returned by a supervisor.
create table supervision.rectification (
    id            bigint generated always as identity primary key,
    region_code   text   not null,
    opinion_id    bigint not null references supervision.opinion (id),
    agency_id     bigint not null,
    measures      text   not null check (length(measures) between 2 and 4000),
    submitted_by  text   not null,
    submitted_on  date   not null,
    state         text   not null default 'SUBMITTED' check (state in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    reviewed_by   text,
    reviewed_on   date,
    review_note   text check (length(review_note) <= 1000),
    check ((state = 'SUBMITTED') = (reviewed_by is null))
);
create index rectification_opinion_idx on supervision.rectification (opinion_id);

-- 约谈: the interview of an agency's head that follows an escalation.
create table supervision.interview (
    id            bigint generated always as identity primary key,
    region_code   text   not null,
    opinion_id    bigint not null references supervision.opinion (id),
    agency_id     bigint not null,
    scheduled_on  date   not null,
    held_on       date,
    interviewee   text,
    record        text check (length(record) <= 4000),
    created_at    timestamptz not null default now()
);
create unique index interview_opinion_idx on supervision.interview (opinion_id);

-- 问题线索移交纪委: a finding passed to the discipline body, and what became of it.
create table supervision.discipline_clue (
    id                  bigint generated always as identity primary key,
    region_code         text   not null,
    finding_id          bigint not null unique references supervision.finding (id),
    agency_id           bigint not null,
    transferred_on      date   not null,
    transferred_by      text   not null,
    outcome_on          date,
    persons_disciplined int check (persons_disciplined >= 0),
    persons_organisational int check (persons_organisational >= 0),
    outcome_note        text check (length(outcome_note) <= 2000),
    check ((outcome_on is null) = (persons_disciplined is null))
);
create index discipline_clue_region_idx on supervision.discipline_clue (region_code);

-- Gap-free numbers of 监督意见书 and 监督决定书 per county and year: the counter row is incremented inside the issuing
-- transaction, so a rolled-back issue gives its number back.
create table supervision.document_number (
    region_code    text    not null,
    year           integer not null check (year between 2000 and 9999),
    kind           text    not null check (kind in ('OPINION', 'DECISION')),
    last_sequence  integer not null check (last_sequence > 0),
    primary key (region_code, year, kind)
);
