-- 司法建议 / 检察建议 received by the county's agencies, with the reply due and the reply (按期办复率), and the
-- 府院联动 mechanism: meetings of the government and the courts, and the issues they list with the agency
-- responsible. Agencies (registry) are held as values, without foreign keys.
create schema if not exists disputes;

create table disputes.judicial_suggestion (
    id            bigint generated always as identity primary key,
    region_code   text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    kind          text    not null check (kind in ('JUDICIAL', 'PROCURATORIAL')),
    issuer        text    not null,
    agency_id     bigint  not null,
    received_on   date    not null,
    reply_due_on  date    not null check (reply_due_on >= received_on),
    content       text    not null,
    replied_on    date,
    reply         text,
    version       integer not null default 0,
    check ((replied_on is null) = (reply is null))
);
create index judicial_suggestion_region on disputes.judicial_suggestion (region_code, received_on desc);
create index judicial_suggestion_due on disputes.judicial_suggestion (region_code, reply_due_on);

create table disputes.court_link_meeting (
    id            bigint generated always as identity primary key,
    region_code   text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    held_on       date    not null,
    participants  text    not null,
    topics        text    not null
);
create index court_link_meeting_region on disputes.court_link_meeting (region_code, held_on desc);

create table disputes.court_link_issue (
    id            bigint generated always as identity primary key,
    region_code   text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    meeting_id    bigint  references disputes.court_link_meeting (id),
    issue         text    not null,
    agency_id     bigint  not null,
    due_on        date    not null,
    resolved_on   date,
    resolution    text,
    version       integer not null default 0
);
create index court_link_issue_region on disputes.court_link_issue (region_code, due_on);
