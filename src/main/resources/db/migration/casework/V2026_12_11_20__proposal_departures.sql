-- The decisions taken outside their discretion benchmark, or with no check recorded (monitoring rule
-- PENALTY_OUTSIDE_BENCHMARK, read through BenchmarkDepartures). Without this index the rule's read for one county
-- walked every decided penalty of the province (proposal has no county) and kept the few that depart: 116,587 rows
-- for 11 generated counties, 247 ms a county, so a full pass over the counties grew with their square. The
-- departures are few; this index holds only them.
create index proposal_departures on casework.proposal (case_id)
    where stage = 'DECIDED' and kind = 'PENALTY' and within_benchmark is not true;
