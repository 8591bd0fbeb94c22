-- 检查表单的记录: what an inspection found at each check point of the items it cites (符合 / 不符合 / 不涉及), with
-- a note (required for 不符合). The point's text is kept as it was when recorded, so the record still reads as the
-- inspection saw it after the catalog changes; check_point_id and item_id are catalog ids (another module's
-- tables, so no foreign key). agency_id is the agency whose point it is: in a joint visit (一表通查) each agency
-- records its own points. cited marks the 不符合 points the conclusion cites.
create table inspection.check_record (
    task_id         bigint  not null references inspection.task (id),
    check_point_id  bigint  not null,
    region_code     text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    item_id         bigint  not null,
    agency_id       bigint  not null,
    position        int     not null,
    content         text    not null,
    standard        text    not null,
    legal_basis     text,
    key_point       boolean not null default false,
    outcome         text    not null check (outcome in ('CONFORMS', 'NONCONFORMING', 'NOT_APPLICABLE')),
    note            text    check (length(note) <= 500),
    cited           boolean not null default false,
    recorded_by     text    not null,
    recorded_at     timestamptz not null default now(),
    version         int     not null default 0,
    primary key (task_id, check_point_id),
    check (outcome <> 'NONCONFORMING' or note is not null),
    check (not cited or outcome = 'NONCONFORMING')
);

-- Photos of a recorded point. The image lives outside the database, under the data directory's files/ (stored_path is
-- relative to it); media_type is what its bytes are (sniffed, never the name or the declared type), sm3 its
-- digest, checked again whenever the file is served.
create table inspection.check_photo (
    id              bigint  generated always as identity primary key,
    task_id         bigint  not null,
    check_point_id  bigint  not null,
    region_code     text    not null,
    media_type      text    not null check (media_type in ('image/jpeg', 'image/png')),
    size_bytes      bigint  not null check (size_bytes > 0),
    sm3             text    not null check (sm3 ~ '^[0-9a-f]{64}$'),
    stored_path     text    not null unique,
    uploaded_by     text    not null,
    uploaded_at     timestamptz not null default now(),
    foreign key (task_id, check_point_id) references inspection.check_record (task_id, check_point_id)
);
create index check_photo_record_idx on inspection.check_photo (task_id, check_point_id);
