-- 年度检查计划备案: each agency files its annual inspection plan with the justice bureau by a day the county sets
-- (fazhi.inspection.plan-filing-due, 31 March by default): the inspection kinds it plans and how many, the items it
-- will inspect under (from those it may cite), and the plan document itself (PDF or Word, kept under the data
-- directory by its SM3 digest). The bureau accepts it or returns it with a reason; a returned plan is filed again
-- as a new filing, so the history stays. At most one filing per agency and year is not returned: the one awaiting
-- review or accepted. Inspections (other than 个案) of an agency without an accepted plan for their year, or citing
-- an item outside it, are flagged, not refused.
create table inspection.plan_filing (
    id                       bigint  generated always as identity primary key,
    region_code              text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id                bigint  not null,
    year                     int     not null check (year between 2000 and 2100),
    status                   text    not null check (status in ('FILED', 'ACCEPTED', 'RETURNED')),
    planned_routine          int     not null check (planned_routine >= 0),
    planned_special          int     not null check (planned_special >= 0),
    planned_higher_special   int     not null check (planned_higher_special >= 0),
    item_ids                 bigint[] not null check (cardinality(item_ids) >= 1),
    note                     text,
    document_name            text    not null,
    document_type            text    not null check (document_type in ('PDF', 'DOCX', 'DOC')),
    document_size            bigint  not null check (document_size > 0),
    document_sm3             text    not null check (document_sm3 ~ '^[0-9a-f]{64}$'),
    filed_on                 date    not null,
    filed_by                 text    not null,
    decided_by               text,
    decided_on               date,
    return_reason            text,
    version                  int     not null default 0,
    check ((status = 'FILED') = (decided_on is null)),
    check (status <> 'RETURNED' or return_reason is not null)
);
create unique index plan_filing_live_idx on inspection.plan_filing (agency_id, year) where status <> 'RETURNED';
create index plan_filing_region_year_idx on inspection.plan_filing (region_code, year);
-- The flag "outside a filed plan" asks, per task, for the accepted plan of each of its agencies in its year.
create index plan_filing_accepted_idx on inspection.plan_filing (agency_id, year) include (item_ids)
    where status = 'ACCEPTED';
