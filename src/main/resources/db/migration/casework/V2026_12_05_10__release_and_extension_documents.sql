-- Two more numbered documents: the 解除查封（扣押）决定书 issued when a measure is lifted (行政强制法第二十八条),
-- its number kept on the measure; and the 延长办案期限审批表 issued when a case's decision period is extended
-- (行政处罚法第六十条), kept with the case's other documents.
alter table casework.compulsory_measure add column lifting_number text;

alter table casework.document_number drop constraint document_number_kind_check;
alter table casework.document_number add constraint document_number_kind_check
    check (kind in ('FILING_APPROVAL', 'PRIOR_NOTICE', 'HEARING_RIGHTS_NOTICE', 'HEARING_NOTICE', 'PENALTY_DECISION',
                    'NO_PENALTY_DECISION', 'ON_THE_SPOT_DECISION', 'SEIZURE_DECISION', 'EXTENSION_NOTICE',
                    'RELEASE_DECISION', 'CASE_EXTENSION_APPROVAL', 'PAYMENT_REMINDER', 'SERVICE_RECEIPT',
                    'CLOSING_APPROVAL'));
