-- fazhi-draw/2 (docs/draw-algorithm.md, section 3): a plan's seed combines a secret committed at publication with a
-- public value that does not exist yet then. The plan names the public randomness source (seed_source holds its name
-- as announced, randomness_source its configured code), the lottery issue if it has one, and the moment the value
-- is read; the published commitment binds all three. The old modes stay for plans published before.
alter table inspection.plan drop constraint plan_seed_mode_check;
alter table inspection.plan add constraint plan_seed_mode_check
    check (seed_mode in ('COMMITTED', 'PUBLIC_VALUE', 'COMBINED'));
alter table inspection.plan
    add column randomness_source text,
    add column randomness_issue  text,
    add column reading_at        timestamptz,
    add constraint plan_combined_names_its_randomness check (seed_mode <> 'COMBINED'
        or (randomness_source is not null and seed_source is not null and reading_at is not null)),
    add constraint plan_reading_after_publication check (reading_at is null or published_at is null
        or reading_at > published_at);

-- New plans always combine. An approved plan of an old mode names no source, so it goes back to its drafter.
update inspection.plan set status = 'DRAFT', approved_by = null, approved_at = null, version = version + 1
 where status = 'APPROVED' and seed_mode <> 'COMBINED';

-- The draw reveals the committed secret (combined seeds only; the seed column holds the derived seed).
alter table inspection.draw add column secret text check (secret ~ '^[0-9a-f]{64}$');

-- The public value of a combined seed: entered once, at the draw, with who entered it when and, for a public
-- drawing session, its witnesses. It is never changed afterwards.
create table inspection.public_value (
    plan_id      bigint primary key references inspection.plan (id),
    region_code  text   not null,
    value        text   not null check (length(value) between 1 and 200 and value !~ '[\r\n]'),
    witnesses    text[] not null default '{}',
    entered_by   text   not null,
    entered_at   timestamptz not null
);
create function inspection.refuse_public_value_change() returns trigger language plpgsql as $$
begin
    raise exception 'the public value of plan % was entered once and is never changed', old.plan_id;
end
$$;
create trigger public_value_entered_once before update on inspection.public_value
    for each row execute function inspection.refuse_public_value_change();

-- What a plan announced at publication stays as announced: the application never changes it, and this stops a
-- mistaken or casual edit (not a superuser, who can disable triggers; the published commitment is what catches that).
create function inspection.refuse_announcement_change() returns trigger language plpgsql as $$
begin
    raise exception 'plan % was published: its seed commitment, randomness and reading moment are fixed', old.id;
end
$$;
create trigger plan_announcement_fixed before update on inspection.plan
    for each row when (old.published_at is not null and (
        new.published_at is distinct from old.published_at or new.seed_mode is distinct from old.seed_mode
        or new.seed_commitment is distinct from old.seed_commitment or new.seed_cipher is distinct from old.seed_cipher
        or new.seed_source is distinct from old.seed_source or new.randomness_source is distinct from old.randomness_source
        or new.randomness_issue is distinct from old.randomness_issue or new.reading_at is distinct from old.reading_at))
    execute function inspection.refuse_announcement_change();
