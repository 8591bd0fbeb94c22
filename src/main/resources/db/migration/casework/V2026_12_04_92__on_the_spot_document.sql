-- The 当场行政处罚决定书 has a number series of its own (简易程序, 行政处罚法第五十二条).
alter table casework.document_number drop constraint document_number_kind_check;
alter table casework.document_number add constraint document_number_kind_check
    check (kind in ('FILING_APPROVAL', 'PRIOR_NOTICE', 'HEARING_RIGHTS_NOTICE', 'HEARING_NOTICE', 'PENALTY_DECISION',
                    'NO_PENALTY_DECISION', 'ON_THE_SPOT_DECISION', 'SEIZURE_DECISION', 'EXTENSION_NOTICE',
                    'PAYMENT_REMINDER', 'SERVICE_RECEIPT', 'CLOSING_APPROVAL'));
