-- The pair index takes the decision's date as its second column (btree_gin, a trusted extension of PostgreSQL's
-- contrib), so that a search of the newest decisions finds the pairs and the span of dates in one index scan.
-- Without it a keyword of several pairs was estimated at one row (the pairs have no statistics: 0.5% a pair,
-- multiplied), the planner did not join the date index, and the newest page of a 4-character word read every
-- candidate of the county and kept the month's: a common word's 30,000 rows, 11 ms, against 1 ms with the dates in
-- the index (one partition of the 1.5M decisions of docs/benchmarks.md).
create extension if not exists btree_gin;

create index portal_entry_pairs_dates on disclosure.portal_entry using gin (search_bigrams, decided_on);
drop index disclosure.portal_entry_pairs;
