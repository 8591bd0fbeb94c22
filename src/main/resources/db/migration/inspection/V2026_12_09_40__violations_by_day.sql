-- 有案不立 (VIOLATION_WITHOUT_CASE) looks at a county's inspections concluded "case to be filed" in the last two
-- years: about one in twelve of its tasks. Without this index each county's scan walks all its concluded tasks.
create index if not exists task_case_to_file_idx on inspection.task (region_code, concluded_at)
    where status = 'CONCLUDED' and result = 'CASE_TO_FILE';
