-- The cases an officer handles: the monitoring asks which open cases of a county lie in the hands of officers whose
-- certificate lapsed (handler_ids && the officers), and which cases an officer took part in. Without it each such
-- question read every case of the county.
create index penalty_case_handlers_idx on casework.penalty_case using gin (handler_ids);
