-- Supervision's county-wide scans of acts (fewer than two officers, uncertified officers) join a county's
-- compulsory measures and 笔录 to its cases; without these they read every county's rows (a seq scan per county,
-- quadratic over a province).
create index if not exists compulsory_measure_region_idx on casework.compulsory_measure (region_code, case_id);
create index if not exists evidence_record_region_idx on casework.evidence_record (region_code, case_id);
