-- The portal searches one county's decisions, but the pair index held every county's: a pair common in the
-- province (处罚, 超市) had a posting list of every decision, which each search of a county read and then filtered
-- row by row. Qualify each pair by its county instead: the key is the county code in the high 32 bits and the pair
-- code (as unsigned) in the low ones, so a county's keyword finds its own decisions and nothing else, and its
-- posting list is at most the county's size. The pairs stay in the row (search_bigrams) for the searches that walk
-- the county's decisions newest first and test each row; the keys live only in the index.
create function disclosure.county_pairs(region text, pairs int[]) returns int8[]
    language sql immutable parallel safe strict as $$
    select coalesce(array_agg((region::int8 << 32) | (pair::int8 & 4294967295)), '{}') from unnest(pairs) as pair
$$;

drop index disclosure.publication_portal_pairs;
create index publication_portal_keys on disclosure.publication
    using gin (disclosure.county_pairs(region_code, search_bigrams)) where state = 'PUBLISHED';

-- Newest first within the county (the date order across all counties made a county's walk skip every other one).
drop index disclosure.publication_portal_recent;
create index publication_portal_county on disclosure.publication (region_code, decided_on desc, id desc)
    where state = 'PUBLISHED';
