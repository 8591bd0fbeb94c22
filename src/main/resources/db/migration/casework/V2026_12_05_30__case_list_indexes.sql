-- The case list (issue 9): a county's cases newest first without an agency filter read in index order, so a page
-- and its count never visit the county's other cases' rows; the scope index (region_code, agency_id, state, id)
-- serves the lists filtered by agency.
create index penalty_case_region_idx on casework.penalty_case (region_code, id);

-- "Due soon": a county's open deadlines by due date, with their case, so the list is driven from the few open
-- deadlines near or past their day instead of from every case. deadline_open_idx (due_on) stays for the deadline
-- watch, which reads all counties.
create index deadline_open_region_idx on casework.deadline (region_code, due_on, case_id) where met_on is null;
