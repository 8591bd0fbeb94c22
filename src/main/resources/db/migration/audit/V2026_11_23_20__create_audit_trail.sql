create schema if not exists audit;

-- One row per audited event. Insert-only: the writer never updates, so concurrent writers never wait on each
-- other. mac = HMAC-SM3(audit key, canonical content); the key lives outside the database.
create table audit.entry (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null,
    actor           text        not null,
    actor_role      text,
    source_address  text,
    event_type      text        not null,
    record_type     text,
    record_id       text,
    region_code     text,
    changed_fields  text        not null default '',
    outcome         text        not null check (outcome in ('SUCCESS', 'FAILURE')),
    mac             bytea       not null
);
create index entry_occurred_idx on audit.entry (occurred_at);
create index entry_record_idx on audit.entry (record_type, record_id);

-- Entries not yet chained. The sealer drains it in id order; it is the only table rows leave.
create table audit.pending (
    entry_id bigint primary key references audit.entry (id)
);

-- The hash chain, built by the sealer: chain_hash = SM3(previous chain_hash || seq || entry_id || entry mac).
create table audit.chain_link (
    seq         bigint      primary key,
    entry_id    bigint      not null unique references audit.entry (id),
    chain_hash  bytea       not null,
    sealed_at   timestamptz not null
);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only (%.%)', tg_table_schema, tg_table_name;
end
$$;

create trigger entry_append_only before update or delete on audit.entry
    for each row execute function audit.refuse_change();
create trigger entry_no_truncate before truncate on audit.entry
    for each statement execute function audit.refuse_change();
create trigger chain_link_append_only before update or delete on audit.chain_link
    for each row execute function audit.refuse_change();
create trigger chain_link_no_truncate before truncate on audit.chain_link
    for each statement execute function audit.refuse_change();
