-- 行政复议: reconsideration cases received by the county's reconsideration body, their time limits (行政复议法
-- 第二十条、第三十条、第三十一条、第四十八条、第六十二条) and their outcome. The respondent agency (registry) and the
-- contested penalty case (casework) are held as values, without foreign keys. A person's ID number is stored
-- encrypted (SM4) with a masked copy for display, as entities stores parties' numbers.
create schema if not exists disputes;

create table disputes.reconsideration (
    id                      bigint generated always as identity primary key,
    region_code             text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    number                  text        not null,
    received_on             date        not null,
    channel                 text        not null check (channel in ('WINDOW', 'ONLINE', 'GREEN_CHANNEL', 'MAIL')),
    intake_point            text,
    applicant_kind          text        not null check (applicant_kind in ('PERSON', 'ORGANISATION')),
    applicant_name          text        not null,
    applicant_id_cipher     text,
    applicant_id_masked     text,
    applicant_credit_code   text,
    agency_id               bigint      not null,
    act                     text        not null,
    case_id                 bigint,
    case_code               text,
    knew_on                 date        not null,
    right_explained         boolean     not null,
    late_application        boolean     not null,
    state                   text        not null check (state in ('RECEIVED', 'CORRECTING', 'NOT_ACCEPTED',
                                'ABANDONED', 'ACCEPTED', 'CONCLUDED')),
    refusal_reason          text,
    correction_items        text,
    accepted_on             date,
    deemed_accepted         boolean     not null default false,
    procedure               text        check (procedure in ('GENERAL', 'SIMPLIFIED')),
    copied_on               date,
    answered_on             date,
    answer_evidence         text,
    hearing_mode            text        check (hearing_mode in ('WRITTEN', 'HEARING', 'SITE_INVESTIGATION')),
    hearing_on              date,
    hearing_notice_on       date,
    extended_by             text,
    extended_on             date,
    outcome                 text        check (outcome in ('CHANGED', 'REVOKED', 'DECLARED_UNLAWFUL',
                                'ORDERED_TO_PERFORM', 'DECLARED_VOID', 'UPHELD', 'DISMISSED', 'TERMINATED',
                                'MEDIATED')),
    settled                 boolean     not null default false,
    concluded_on            date,
    conclusion_note         text,
    received_by             text        not null,
    version                 integer     not null default 0,
    check (channel <> 'GREEN_CHANNEL' or intake_point is not null),
    unique (region_code, number)
);
create index reconsideration_region on disputes.reconsideration (region_code, received_on desc);
create index reconsideration_agency on disputes.reconsideration (agency_id, state);
create index reconsideration_case on disputes.reconsideration (case_id) where case_id is not null;

-- Each time limit of a case, in the order it was opened (an examination restarts after a correction).
create table disputes.reconsideration_deadline (
    reconsideration_id bigint  not null references disputes.reconsideration (id) on delete cascade,
    position           integer not null,
    kind               text    not null check (kind in ('EXAMINATION', 'CORRECTION', 'COPY', 'ANSWER', 'DECISION')),
    started_on         date    not null,
    due_on             date    not null,
    met_on             date,
    dropped            boolean not null default false,
    provisional        boolean not null default false,
    primary key (reconsideration_id, position)
);
create index reconsideration_deadline_open on disputes.reconsideration_deadline (due_on)
    where met_on is null and not dropped;
