-- Supervision's fine rules (趋利性执法, 以罚代管) read a county's decisions of the last months; without this index each
-- county's scan reads all its cases (or, on a small database, every county's).
create index if not exists penalty_case_decided_idx on casework.penalty_case (region_code, decided_on)
    where decided_on is not null;
