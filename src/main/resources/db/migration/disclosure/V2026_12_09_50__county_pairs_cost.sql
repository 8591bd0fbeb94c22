-- A keyword with a date range (or the spans a common keyword's newest page is looked for in) must be found by
-- joining two bitmaps: the keyword's county keys and the county's dates. Two things kept the planner from it:
--
-- county_pairs builds an array of a thousand keys, a few hundred microseconds a row, and was declared as cheap as
-- any function (cost 100), so the planner walked the county's decisions in the range and computed the keys of each
-- (1.2-5 s at 1.5 million decisions). Its cost below is set far above its true one on purpose: a search must never
-- compute it row by row, so the plan that reads the fewest rows wins, whatever the planner guesses of a key it has
-- no statistics for.
alter function disclosure.county_pairs(text, int[]) cost 1000000;

-- And PostgreSQL does not join the bitmaps of two partial indexes with the same predicate (state = 'PUBLISHED'):
-- it takes the second for redundant. The dates' index covers every state instead; the few rows not published
-- cost nothing.
drop index disclosure.publication_portal_county;
create index publication_portal_county on disclosure.publication (region_code, decided_on desc, id desc);
