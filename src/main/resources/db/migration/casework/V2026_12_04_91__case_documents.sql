-- The enforcement documents (执法文书) a case issued, one row each: which step issued it, its number, its day, and
-- the .docx as issued (platform.stored_file, owner casework.case, with its SM3). Kept, never rendered again: an
-- issued document is a record and stays as it was when a county changes its template later.
create table casework.case_document (
    id          bigint  generated always as identity primary key,
    case_id     bigint  not null references casework.penalty_case (id),
    kind        text    not null,
    transition  text    not null,
    number      text,
    issued_on   date    not null,
    file_id     bigint  not null,
    issued_by   text    not null,
    issued_at   timestamptz not null default now()
);
create index case_document_case_idx on casework.case_document (case_id, id);

-- The case number (立案审批表's number, 立案号) and the decision's number (郏市监罚〔2026〕12号), drawn by the steps
-- that issue those documents; shown on the list and the case page. Unique per agency: its series are (two agencies
-- of different counties may derive the same abbreviation).
alter table casework.penalty_case add column case_number text;
alter table casework.penalty_case add column decision_number text;
create unique index penalty_case_case_number_idx on casework.penalty_case (agency_id, case_number);
create unique index penalty_case_decision_number_idx on casework.penalty_case (agency_id, decision_number);
