create schema if not exists casework;

-- 行政处罚案件 under the general procedure, from the registered clue (线索) to the archived file. The stage and
-- the steps between them are CaseProcedure's; every column is set by one step. code: AJ, the year the clue was
-- registered, a sequence (the documents' own numbers, 郏市监罚〔2026〕12号, come from casework.document).
create sequence casework.case_code_seq;
create table casework.penalty_case (
    id                      bigint generated always as identity primary key,
    region_code             text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id               bigint  not null,
    code                    text    not null unique,
    state                   text    not null check (state in ('CLUE', 'NOT_FILED', 'INVESTIGATING', 'UNDER_REVIEW',
                                    'LEGAL_REVIEW', 'REVIEWED', 'NOTIFIED', 'HEARING_REQUESTED', 'HEARD', 'DECIDED',
                                    'EXECUTING', 'COURT_ENFORCEMENT', 'CLOSED', 'ARCHIVED')),
    -- 线索: where it came from (an inspection task once only), whom and what it is about, when it was discovered.
    source_kind             text    not null check (source_kind in ('INSPECTION', 'COMPLAINT', 'REFERRAL',
                                    'TRANSFER_IN', 'OWN_DISCOVERY')),
    source_reference        text,
    source_task_id          bigint  unique,
    source_item_ids         bigint[] not null default '{}',
    party_id                bigint  not null,
    summary                 text    not null,
    discovered_on           date    not null,
    -- 立案 and 调查: the penalty items cited (their codes too, for the 首违不罚 search), the handlers (承办人).
    item_ids                bigint[] not null default '{}',
    item_codes              text[]  not null default '{}',
    handler_ids             bigint[] not null default '{}',
    facts                   text,
    violation_on            date,
    extended_time_bar       boolean not null default false,
    filed_on                date,
    decline_reason          text,
    major_public_interest   boolean not null default false,
    complex                 boolean not null default false,
    major_violation         boolean not null default false,
    -- 审查, 法制审核, 集体讨论.
    benchmark_findings      text[]  not null default '{}',
    legal_review_passed_at  timestamptz,
    legal_reviewer          text,
    legal_review_note       text,
    discussed_on            date,
    discussion              text,
    -- 告知, 陈述申辩, 听证.
    notified_on             date,
    hearing_rights          boolean not null default false,
    rights_waived           boolean not null default false,
    statement               text,
    hearing_requested       boolean not null default false,
    hearing_notice_on       date,
    hearing_on              date,
    hearing_chair           bigint,
    hearing_held_at         timestamptz,
    hearing_record          text,
    -- 决定 and the search behind a 首违不罚.
    decided_on              date,
    decision_reason         text,
    first_offence_searched_on date,
    first_offence_criteria  text,
    first_offence_found     text[]  not null default '{}',
    -- 送达, 执行, 结案, 归档.
    delivered_on            date,
    payment_due             date,
    payment_plan            text,
    reminder_delivered_on   date,
    court_applied_on        date,
    closed_on               date,
    archived_on             date,
    created_by              text    not null,
    created_at              timestamptz not null default now(),
    version                 int     not null default 0,
    check ((state = 'CLUE' or state = 'NOT_FILED') = (filed_on is null)),
    check (state <> 'NOT_FILED' or decline_reason is not null)
);
create index penalty_case_scope_idx on casework.penalty_case (region_code, agency_id, state, id);
create index penalty_case_party_idx on casework.penalty_case (party_id);

-- A decision as proposed at the end of the investigation, as notified (告知), and as decided.
create table casework.proposal (
    case_id             bigint  not null references casework.penalty_case (id),
    stage               text    not null check (stage in ('PROPOSED', 'NOTIFIED', 'DECIDED')),
    kind                text    not null check (kind in ('PENALTY', 'NO_PENALTY', 'FIRST_OFFENCE_WAIVED',
                                'FACTS_UNPROVEN', 'TRANSFERRED')),
    penalties           text[]  not null default '{}',
    fine_fen            bigint  not null default 0 check (fine_fen >= 0),
    confiscation_fen    bigint  not null default 0 check (confiscation_fen >= 0),
    tier                text,
    within_benchmark    boolean,
    outside_reason      text,
    primary key (case_id, stage)
);
create index proposal_decided_idx on casework.proposal (kind) where stage = 'DECIDED';

-- 证据 (行政处罚法第四十六条): what was collected, registered by whom; files come from the shared file store.
create table casework.evidence (
    id              bigint generated always as identity primary key,
    case_id         bigint  not null references casework.penalty_case (id),
    kind            text    not null check (kind in ('DOCUMENTARY', 'PHYSICAL', 'AUDIO_VISUAL', 'ELECTRONIC',
                            'WITNESS', 'PARTY_STATEMENT', 'EXPERT_OPINION', 'INSPECTION_RECORD')),
    title           text    not null,
    description     text,
    collected_on    date    not null,
    recorded_by     text    not null,
    recorded_at     timestamptz not null default now()
);
create index evidence_case_idx on casework.evidence (case_id);

-- 回避 (第四十三条): an officer's own application or the party's; the head decides.
create table casework.recusal (
    id              bigint generated always as identity primary key,
    case_id         bigint  not null references casework.penalty_case (id),
    officer_id      bigint  not null,
    officer_name    text    not null,
    applicant       text    not null check (applicant in ('OFFICER', 'PARTY')),
    reason          text    not null,
    declared_on     date    not null,
    declared_by     text    not null,
    upheld          boolean,
    decided_by      text,
    decided_on      date
);
create index recusal_case_idx on casework.recusal (case_id);

-- 延长办案期限 (第六十条): approved by the head, with the reason.
create table casework.extension (
    id              bigint generated always as identity primary key,
    case_id         bigint  not null references casework.penalty_case (id),
    days            int     not null check (days > 0),
    reason          text    not null,
    approved_by     text    not null,
    approved_on     date    not null
);
create index extension_case_idx on casework.extension (case_id);

-- 缴款.
create table casework.payment (
    id              bigint generated always as identity primary key,
    case_id         bigint  not null references casework.penalty_case (id),
    paid_on         date    not null,
    amount_fen      bigint  not null check (amount_fen > 0),
    recorded_by     text    not null
);
create index payment_case_idx on casework.payment (case_id);

-- 全过程记录: who did what and when, each refusal too (with its message as shown, and its legal basis).
create table casework.case_event (
    id              bigint generated always as identity primary key,
    case_id         bigint  not null references casework.penalty_case (id),
    region_code     text    not null,
    at              timestamptz not null default now(),
    username        text    not null,
    display_name    text    not null,
    transition      text    not null,
    from_state      text,
    to_state        text,
    refused         boolean not null default false,
    detail          text,
    legal_basis     text
);
create index case_event_case_idx on casework.case_event (case_id, id);

-- The running deadlines the agency and the party owe, worked out from the case at each step; raised once each.
create table casework.deadline (
    case_id                 bigint  not null references casework.penalty_case (id),
    kind                    text    not null check (kind in ('DECISION', 'STATEMENT', 'HEARING_REQUEST', 'DELIVERY',
                                    'PAYMENT', 'COURT_APPLICATION')),
    region_code             text    not null,
    agency_id               bigint  not null,
    started_on              date    not null,
    due_on                  date    not null,
    provisional             boolean not null,
    met_on                  date,
    approaching_raised_at   timestamptz,
    missed_raised_at        timestamptz,
    primary key (case_id, kind)
);
create index deadline_open_idx on casework.deadline (due_on) where met_on is null;

-- Request keys: a retried step returns its first outcome and never happens twice.
create table casework.request_key (
    request_key     text    primary key check (length(request_key) between 8 and 100),
    username        text    not null,
    case_id         bigint,
    transition      text    not null,
    from_state      text,
    to_state        text,
    version         int,
    created_at      timestamptz not null default now()
);
