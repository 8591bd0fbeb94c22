-- 公示查询: the public portal searches published decisions by keyword. pg_trgm cannot serve 2-character Chinese
-- keywords (a trigram needs three characters, and CJK characters are ignored under the C locale), so the searchable
-- text (decision number, items, redacted text: never the party's original name) carries the set of its adjacent
-- character pairs, each pair as one integer ((first & 0xFFFF) << 16 | (second & 0xFFFF), shifted into int4's range),
-- in a GIN index. A keyword is "all its pairs" (index) and, when longer than one pair, its exact position in the
-- text (recheck). Integers rather than 2-character strings: a 1,500-character decision has ~700 distinct pairs, and
-- int4 elements take 4 bytes where text ones take 8. A character outside the BMP shares its low 16 bits with
-- another: a false candidate the exact recheck removes. PortalKeywords computes the same codes in Java.
create function disclosure.bigrams(value text) returns int[]
    language sql immutable parallel safe strict as $$
    select coalesce(array_agg(distinct ((ascii(pair)::int8 & 65535) * 65536 + (ascii(right(pair, 1)) & 65535)
                                        - 2147483648)::int4), '{}')
      from (select (regexp_matches(value, '..', 'g'))[1] as pair
            union all
            select (regexp_matches(substr(value, 2), '..', 'g'))[1]) as pairs
$$;

alter table disclosure.publication
    add column search_bigrams int[] generated always as
        (disclosure.bigrams(decision_number || E'\n' || items || E'\n' || redacted_text)) stored;
-- The planner picks between the pair index (rare keywords) and the date order (common ones) from the pairs'
-- frequencies: keep many of them in the statistics.
alter table disclosure.publication alter column search_bigrams set statistics 1000;

-- Only published decisions are searched: the indexes hold nothing else.
create index publication_portal_pairs on disclosure.publication using gin (search_bigrams)
    where state = 'PUBLISHED';
create index publication_portal_recent on disclosure.publication (decided_on desc, id desc)
    where state = 'PUBLISHED';
create index publication_portal_agency on disclosure.publication (agency_id, decided_on desc, id desc)
    where state = 'PUBLISHED';

-- Portal searches per day and county (indicator PORTAL_SEARCHES); counted in memory and added here in batches.
create table disclosure.portal_search (
    day          date   not null,
    region_code  text   not null,
    searches     bigint not null check (searches >= 0),
    primary key (day, region_code)
);
