-- The portal searches its own copy of what it may show: one row per published decision, in a table partitioned by
-- the county's hash. In disclosure.publication a county's decisions are one row in a hundred at province scale, so
-- a keyword's thousand matches were a thousand pages: the pair index's bitmap held a page per match and the heap
-- was read a page per match (1.5 million decisions: 35-65 ms for a common pair's 1,001 rows). Here a partition
-- holds about one county, its rows short (the pairs and the text kept out of line): the same thousand matches are a
-- few dozen pages. 128 partitions: a province of 100-160 counties puts one or two in each. Kept by a trigger, so
-- that no path that publishes, withdraws or expires a decision (nor a bulk load) can leave the copy behind.
create table disclosure.portal_entry (
    publication_id  bigint not null,
    region_code     text   not null,
    agency_id       bigint not null,
    decided_on      date   not null,
    expires_on      date,
    fine_fen        bigint not null,
    penalties       text   not null,
    items           text   not null,
    decision_number text   not null,
    redacted_text   text   not null,
    search_bigrams  int[]  not null,
    primary key (region_code, publication_id)
) partition by hash (region_code);

-- The pairs are only ever read through the index, the text only to confirm a longer word: both out of line, the
-- rows stay short (about 40 to a page). The text is kept uncompressed: confirming a word then costs a fetch, not a
-- decompression (measured on a county's 30,010 rows: a common pair's 1,001 rows 3.7 ms against 12 ms with the text
-- compressed in the row; a 4-character word's 1,001 confirmations about the same either way).
alter table disclosure.portal_entry alter column search_bigrams set storage external;
alter table disclosure.portal_entry alter column redacted_text set storage external;

do $$
begin
    for remainder in 0..127 loop
        execute format('create table disclosure.portal_entry_%s partition of disclosure.portal_entry'
                       ' for values with (modulus 128, remainder %s)', remainder, remainder);
    end loop;
end
$$;

insert into disclosure.portal_entry
select id, region_code, agency_id, decided_on, expires_on, fine_fen, penalties, items, decision_number,
       redacted_text || '', search_bigrams
  from disclosure.publication
 where state = 'PUBLISHED'
 order by region_code, published_at, id;

create index portal_entry_pairs on disclosure.portal_entry using gin (search_bigrams);
-- No statistics of the pairs: the planner then takes a keyword for rare (PostgreSQL's default 0.5%) and always reads
-- it through the pair index, joined with the date or agency index when a filter gives one. With the pairs' real
-- frequencies it read a common pair (处罚, in every decision) through another index and tested each row's pairs,
-- fetched out of line: 1,001 rows, 150 ms against 16 ms through the pair index.
alter table disclosure.portal_entry alter column search_bigrams set statistics 0;
create index portal_entry_recent on disclosure.portal_entry (decided_on desc, publication_id desc);
create index portal_entry_agency on disclosure.portal_entry (agency_id, decided_on desc, publication_id desc);

create function disclosure.copy_to_portal() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        delete from disclosure.portal_entry where region_code = old.region_code and publication_id = old.id;
    end if;
    -- "|| ''": a new value, so the text is stored uncompressed; the publication's own value may be compressed, and
    -- PostgreSQL would copy it as it is.
    if tg_op <> 'DELETE' and new.state = 'PUBLISHED' then
        insert into disclosure.portal_entry
        values (new.id, new.region_code, new.agency_id, new.decided_on, new.expires_on, new.fine_fen, new.penalties,
                new.items, new.decision_number, new.redacted_text || '', new.search_bigrams);
    end if;
    return null;
end
$$;

-- An update that changes nothing the portal holds (a version, an overdue mark) leaves the copy alone.
create trigger publication_to_portal after insert or delete on disclosure.publication
    for each row execute function disclosure.copy_to_portal();
create trigger publication_changed_for_portal after update on disclosure.publication
    for each row when ((old.state = 'PUBLISHED' or new.state = 'PUBLISHED') and
                       (old.state, old.region_code, old.agency_id, old.decided_on, old.expires_on, old.fine_fen,
                        old.penalties, old.items, old.decision_number, old.redacted_text)
                       is distinct from
                       (new.state, new.region_code, new.agency_id, new.decided_on, new.expires_on, new.fine_fen,
                        new.penalties, new.items, new.decision_number, new.redacted_text))
    execute function disclosure.copy_to_portal();

-- The county pair index on disclosure.publication served only the portal's search.
drop index disclosure.publication_portal_keys;
drop function disclosure.county_pairs(text, int[]);
