-- An issued document is fixed by what it says and by the template it is printed from, not by its file: the step
-- that issues it keeps its fields (the values of its placeholders, as jsonb) and the SM3 of the template; the .docx
-- is rendered from those two when it is first read and then kept as before (file_id). A county that replaces a
-- template later changes nothing issued: every template a document was issued from is kept here by its digest.
create table casework.document_template (
    sm3      text        primary key,
    kind     text        not null,
    content  bytea       not null,
    kept_at  timestamptz not null default now()
);

alter table casework.case_document alter column file_id drop not null;
alter table casework.case_document add column fields jsonb;
alter table casework.case_document add column template_sm3 text references casework.document_template (sm3);
-- Documents issued before this change were rendered at once: they have their file and need neither.
alter table casework.case_document add constraint case_document_printable
    check (file_id is not null or (fields is not null and template_sm3 is not null));
