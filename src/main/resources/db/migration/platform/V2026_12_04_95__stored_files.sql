create schema if not exists platform;

-- The file store's record of every file it keeps outside the database (evidence, photos, documents). The file is at
-- <data directory>/files/<path>; kind is what its bytes are (sniffed, never the name or the declared type), sm3 and
-- size_bytes what they were when stored, checked again whenever the file is read and by --verify-files. owner_type
-- and owner_id name the record of another module the file belongs to (no foreign key: modules keep their tables to
-- themselves). Rows are never changed.
create table platform.stored_file (
    id              bigint  generated always as identity primary key,
    owner_type      text    not null check (owner_type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_-]*)+$'),
    owner_id        text    not null check (owner_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    region_code     text    not null check (region_code ~ '^[1-9][0-9]{5}([0-9]{3})?$'),
    original_name   text    not null check (length(original_name) between 1 and 300),
    kind            text    not null check (kind in ('JPEG', 'PNG', 'PDF', 'DOC', 'DOCX', 'MP3', 'M4A', 'AMR', 'WAV',
                                                     'MP4')),
    size_bytes      bigint  not null check (size_bytes > 0),
    sm3             text    not null check (sm3 ~ '^[0-9a-f]{64}$'),
    path            text    not null unique check (path !~ '(^/|\.\.)'),
    stored_at       timestamptz not null default now(),
    stored_by       text    not null
);
create index stored_file_owner_idx on platform.stored_file (owner_type, owner_id);
