-- 行政复议意见书 (行政复议法第七十六条): issued by the reconsideration body to an agency about an unlawful or improper
-- act found while handling a case, with the action it requires and the day the agency's report is due; the agency's
-- reply (the day and the measures taken) is recorded on the same row. The agency (registry) is held as a value.
create table disputes.reconsideration_opinion (
    id                  bigint generated always as identity primary key,
    region_code         text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    number              text    not null,
    reconsideration_id  bigint  not null references disputes.reconsideration (id),
    agency_id           bigint  not null,
    issue               text    not null,
    required_action     text    not null,
    issued_on           date    not null,
    reply_due           date    not null,
    issued_by           text    not null,
    replied_on          date,
    measures            text,
    replied_by          text,
    version             integer not null default 0,
    check (reply_due >= issued_on),
    check (replied_on is null or replied_on >= issued_on),
    check ((replied_on is null) = (measures is null)),
    unique (region_code, number)
);
create index reconsideration_opinion_region on disputes.reconsideration_opinion (region_code, issued_on desc);
create index reconsideration_opinion_agency on disputes.reconsideration_opinion (agency_id, replied_on);
create index reconsideration_opinion_case on disputes.reconsideration_opinion (reconsideration_id);
