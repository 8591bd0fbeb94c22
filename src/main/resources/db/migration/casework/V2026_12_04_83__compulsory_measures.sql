-- 行政强制措施 on a case (行政强制法): 查封 or 扣押 of the items listed, by two officers, approved by the head before
-- (第十八条) or, taken urgently on the spot, within 24 hours after (第十九条); 30 days with one approved extension
-- (第二十五条); lifted with its reason and the items returned one by one (第二十八条), or confiscated by the
-- penalty decision. 先行登记保存 (行政处罚法第五十六条: decided on within 7 working days, never extended) is
-- recorded the same way. The scope columns are the case's, copied so that lists need no join.
create table casework.compulsory_measure (
    id                  bigint generated always as identity primary key,
    case_id             bigint  not null references casework.penalty_case (id),
    region_code         text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id           bigint  not null,
    kind                text    not null check (kind in ('SEALING_UP', 'SEIZURE', 'PRESERVATION')),
    state               text    not null check (state in ('PROPOSED', 'URGENT', 'IN_FORCE', 'REFUSED', 'LIFTED',
                                'CLOSED')),
    urgent              boolean not null,
    reason              text    not null,
    legal_basis         text    not null,
    place_kept          text    not null,
    officer_ids         bigint[] not null check (cardinality(officer_ids) >= 2),
    taken_at            timestamptz,
    approved_by         text,
    approved_at         timestamptz,
    approval_note       text,
    started_on          date,
    due_on              date,
    provisional         boolean not null default false,
    decision_number     text,
    extension_days      int     check (extension_days > 0),
    extension_reason    text,
    extended_by         text,
    extended_on         date,
    extension_number    text,
    lifted_on           date,
    lifting_reason      text    check (lifting_reason in ('NO_VIOLATION', 'NOT_RELATED', 'DECIDED', 'PERIOD_ENDED',
                                'NO_LONGER_NEEDED', 'NOT_APPROVED')),
    lifting_note        text,
    confiscated_on      date,
    closed_on           date,
    due_raised_at       timestamptz,
    overdue_raised_at   timestamptz,
    created_by          text    not null,
    created_at          timestamptz not null default now(),
    version             int     not null default 0,
    check ((state = 'IN_FORCE') <= (started_on is not null and due_on is not null)),
    check ((extension_days is null) = (extension_reason is null))
);
create index compulsory_measure_case_idx on casework.compulsory_measure (case_id);
create index compulsory_measure_open_idx on casework.compulsory_measure (region_code, agency_id, due_on)
    where state in ('PROPOSED', 'URGENT', 'IN_FORCE', 'LIFTED');

-- 查封扣押清单: one row per item, returned (退还) one by one after the lifting.
create table casework.measure_item (
    measure_id      bigint  not null references casework.compulsory_measure (id),
    line            int     not null check (line > 0),
    name            text    not null,
    specification   text,
    quantity        numeric(14, 3) not null check (quantity > 0),
    unit            text    not null,
    condition       text,
    place_kept      text,
    returned_on     date,
    returned_to     text,
    primary key (measure_id, line)
);

-- Each act on a measure and each refusal (全过程记录), with the message as shown and its legal basis.
create table casework.measure_event (
    id              bigint generated always as identity primary key,
    measure_id      bigint  not null references casework.compulsory_measure (id),
    region_code     text    not null,
    at              timestamptz not null default now(),
    username        text    not null,
    display_name    text    not null,
    act             text    not null,
    to_state        text,
    refused         boolean not null default false,
    detail          text,
    legal_basis     text
);
create index measure_event_measure_idx on casework.measure_event (measure_id, id);

-- Request keys of acts on measures: a retried act returns its first outcome and never happens twice.
create table casework.measure_request_key (
    request_key     text    primary key check (length(request_key) between 8 and 100),
    username        text    not null,
    act             text    not null,
    measure_id      bigint,
    to_state        text,
    version         int,
    created_at      timestamptz not null default now()
);
