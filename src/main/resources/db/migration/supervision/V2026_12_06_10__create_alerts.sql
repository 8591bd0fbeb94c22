create schema if not exists supervision;

-- 监管预警: one row per alert a monitoring rule raised about one record of another module (held as a value: its
-- type as DataChanged names records, its id and the reference people know it by). An alert is OPEN, then
-- ACKNOWLEDGED by a supervisor, and ends RESOLVED or DISMISSED (with the reason) by a supervisor, or CLEARED by
-- the monitoring when its cause is gone (原因已消除). At most one alert per rule and record is not ended (the unique
-- partial index), which is what keeps a re-run from raising it twice.
create table supervision.alert (
    id                 bigint generated always as identity primary key,
    rule_code          text        not null check (rule_code ~ '^[A-Z][A-Z0-9_]*$'),
    subject_type       text        not null check (subject_type ~ '^[a-z]+\.[a-z_]+$'),
    subject_id         bigint      not null,
    subject_reference  text        not null,
    region_code        text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id          bigint,
    since              date        not null,
    summary            text        not null check (summary <> ''),
    state              text        not null default 'OPEN'
        check (state in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'DISMISSED', 'CLEARED')),
    raised_at          timestamptz not null default now(),
    raised_on          date        not null,
    owner_account_id   bigint,
    owner_name         text,
    acknowledged_at    timestamptz,
    acknowledged_by    text,
    ended_at           timestamptz,
    ended_on           date,
    ended_by           text,
    end_reason         text,
    version            integer     not null default 0,
    check ((state in ('OPEN', 'ACKNOWLEDGED')) = (ended_at is null)),
    check (state not in ('DISMISSED', 'CLEARED') or (end_reason is not null and end_reason <> ''))
);

create unique index alert_one_live on supervision.alert (rule_code, subject_type, subject_id)
    where state in ('OPEN', 'ACKNOWLEDGED');
-- The inbox (a county's alerts, newest first, by state) and the full pass (a rule's live alerts in a county).
create index alert_inbox on supervision.alert (region_code, raised_at desc, id desc);
create index alert_county_rule_live on supervision.alert (region_code, rule_code) where state in ('OPEN', 'ACKNOWLEDGED');
create index alert_agency on supervision.alert (agency_id, raised_at desc);
-- A supervisor's decision stands for the cause it judged: the same rule, record and since-day is not raised again.
create index alert_judged on supervision.alert (rule_code, subject_type, subject_id, since)
    where state in ('RESOLVED', 'DISMISSED');

-- Each alert's history (全过程记录): raised, acknowledged, assigned, resolved, dismissed, cleared, by whom and why.
create table supervision.alert_event (
    id            bigint generated always as identity primary key,
    alert_id      bigint      not null references supervision.alert (id),
    at            timestamptz not null default now(),
    username      text        not null,
    display_name  text        not null,
    act           text        not null check (act in ('RAISED', 'ACKNOWLEDGED', 'ASSIGNED', 'RESOLVED', 'DISMISSED',
                                                      'CLEARED')),
    detail        text
);
create index alert_event_alert on supervision.alert_event (alert_id, id);
