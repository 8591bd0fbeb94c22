-- The cases a county's agencies filed in a period (CaseActivity, for the monitoring rule AGENCY_INACTIVE): read by
-- the county's days of filing, as the decisions already are by penalty_case_decided_idx, not through every case of
-- the county or of the agencies asked.
create index penalty_case_filed_idx on casework.penalty_case (region_code, filed_on) where filed_on is not null;
