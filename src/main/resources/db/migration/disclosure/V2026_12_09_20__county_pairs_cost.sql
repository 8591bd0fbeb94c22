-- county_pairs builds an array of a thousand keys, some hundred microseconds a row, but the planner took it for a
-- cheap function (cost 100) and chose, for a keyword with a date range, to walk the county's decisions in the range
-- and compute the keys of each (4 s at 1.5 million decisions) instead of reading the key index, which computes
-- nothing at search time. Say what it costs: the index is then chosen whenever it finds fewer rows than the walk.
alter function disclosure.county_pairs(text, int[]) cost 5000;
