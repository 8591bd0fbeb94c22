-- EXPIRED_CERTIFICATE_WITH_OPEN_WORK asks which of a county's open cases the lapsed officers handle: a county has
-- hundreds of open cases among its tens of thousands; without this index the scan reads them all.
create index if not exists penalty_case_open_region_idx on casework.penalty_case (region_code, id)
    where state not in ('NOT_FILED', 'CLOSED', 'ARCHIVED');
