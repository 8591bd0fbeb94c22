-- 简易程序 (行政处罚法第五十一条至第五十三条): a penalty decided and delivered on the spot, without 立案. Such a case
-- has no filing day; the row below keeps what the spot decision adds to a case: the party's kind (the limits differ),
-- that the officers showed their certificates, what the party said, whether the fine was collected on the spot
-- (第六十八条) and with which receipt (第七十条), and the report to the agency (备案, 第五十二条).
alter table casework.penalty_case add column procedure text not null default 'GENERAL'
    check (procedure in ('GENERAL', 'SIMPLE'));
alter table casework.penalty_case drop constraint penalty_case_check;
alter table casework.penalty_case add constraint penalty_case_filed_check
    check (procedure = 'SIMPLE' or (state = 'CLUE' or state = 'NOT_FILED') = (filed_on is null));

create table casework.on_the_spot (
    case_id             bigint  primary key references casework.penalty_case (id),
    party_kind          text    not null,
    place               text    not null,
    certificates_shown  boolean not null,
    statement           text,
    rights_waived       boolean not null,
    collected           boolean not null,
    hard_to_collect     boolean not null,
    receipt_number      text,
    report_due          date    not null,
    reported_on         date,
    reported_by         text,
    check (not collected or receipt_number is not null)
);
