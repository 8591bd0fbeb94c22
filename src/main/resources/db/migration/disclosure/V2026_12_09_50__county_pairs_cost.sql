-- county_pairs builds an array of a thousand keys, a few hundred microseconds a row, and was declared as cheap as
-- any function (cost 100). For a keyword with a date range the planner then walked the county's decisions in the
-- range and computed the keys of each (5 s at 1.5 million decisions) instead of reading the key index, which
-- computes nothing at search time. The cost below is set far above its true one on purpose: a search must never
-- compute it row by row, so the plan that reads the fewest rows wins (the key index and the date index joined as
-- bitmaps), whatever the planner guesses of a key it has no statistics for.
alter function disclosure.county_pairs(text, int[]) cost 1000000;
