-- A finding of fault may come from a reconsideration case that corrected the agency's act (disputes, issue 12).
alter table supervision.accountability_finding drop constraint accountability_finding_source_type_check;
alter table supervision.accountability_finding add constraint accountability_finding_source_type_check
    check (source_type in ('LAWSUIT', 'SUPERVISION_FINDING', 'CASE_FILE_REVIEW', 'TRANSFER', 'RECONSIDERATION'));
