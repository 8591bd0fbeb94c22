-- The monitoring's full pass (issue 11) reads, per county, only a window of these rows:
-- VISIT_RATED_LOW the county's ratings of the last months (without this, every task of the county is walked),
create index evaluation_region_rated_idx on inspection.evaluation (region_code, rated_at);
-- VISIT_WITHOUT_CHECKIN the county's visits concluded without a check-in since a day (a small share of all tasks),
create index task_unchecked_idx on inspection.task (region_code, concluded_at)
    where status = 'CONCLUDED' and checked_in_at is null;
-- and the certificate rules the visits of one officer (the primary key leads by task).
create index task_inspector_officer_idx on inspection.task_inspector (officer_id);
