-- Drawn inspections whose result was not published in time, each raised once (InspectionResultOverdue).
create table inspection.result_overdue (
    task_id     bigint      primary key references inspection.task (id),
    region_code text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    due_on      date        not null,
    raised_at   timestamptz not null default now()
);

-- The monitor's candidates: drawn inspections still without a result, by the end of their window.
create index task_unpublished_result_idx on inspection.task (window_to)
    where plan_id is not null and result is null;
