-- The fines some agencies decided in a period (FineFacts.decidedByAgencies, for the monitoring rule
-- PROFIT_DRIVEN_FINES on a batch of decisions): read by each agency's days of decision. Through the county's days
-- (penalty_case_decided_idx) a batch spread over 39 counties read 3,586 decisions a county to keep 253.
create index penalty_case_agency_decided_idx on casework.penalty_case (agency_id, decided_on)
    where decided_on is not null;
