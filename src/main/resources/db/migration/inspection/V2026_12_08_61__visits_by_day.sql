-- Supervision looks at a county's visits of the last year only (the day of a visit is its check-in, or its
-- conclusion when it has none); this index finds them without reading five years of tasks.
create index if not exists task_region_visit_idx on inspection.task (region_code, (coalesce(checked_in_at, concluded_at)));
