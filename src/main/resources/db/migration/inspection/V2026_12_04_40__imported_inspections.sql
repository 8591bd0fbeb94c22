-- 历史检查记录（导入）: inspections made before the county used Fazhi, imported from the agencies' own ledgers so
-- that year-on-year figures have a last year. Kept apart from tasks: no task code, approval, draw or visit code is
-- invented for them; each row says who imported it and when. item_ids are the catalog versions the codes named
-- (the version in force on the day when there is one); item_codes keep the codes as the ledger cited them.
create table inspection.imported_inspection (
    id             bigint generated always as identity primary key,
    region_code    text     not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id      bigint   not null,
    party_id       bigint   not null,
    enterprise     boolean  not null,
    inspected_on   date     not null,
    kind           text     not null check (kind in ('ROUTINE', 'CASE', 'SPECIAL', 'HIGHER_SPECIAL')),
    item_ids       bigint[] not null check (cardinality(item_ids) >= 1),
    item_codes     text[]   not null check (cardinality(item_codes) = cardinality(item_ids)),
    result         text     not null check (result in ('NO_PROBLEM', 'RECTIFICATION', 'CASE_TO_FILE')),
    inspectors     text,
    note           text,
    imported_by    text     not null,
    imported_at    timestamptz not null default now()
);
create index imported_inspection_party_idx on inspection.imported_inspection (party_id, inspected_on);
create index imported_inspection_region_idx on inspection.imported_inspection (region_code, inspected_on);

-- Every enterprise inspection carried out, as the indicators count them: tasks checked in or concluded (dated by
-- the start of their window) and imported history of enterprises. An imported record's key is its id negated, so
-- that counting distinct keys never mistakes one for a task.
create view inspection.inspection_carried_out as
select t.id as inspection_key, t.region_code, t.party_id, t.agency_ids, t.window_from as carried_out_on
  from inspection.task t
 where t.status in ('CHECKED_IN', 'CONCLUDED')
union all
select -h.id, h.region_code, h.party_id, array[h.agency_id], h.inspected_on
  from inspection.imported_inspection h
 where h.enterprise;
