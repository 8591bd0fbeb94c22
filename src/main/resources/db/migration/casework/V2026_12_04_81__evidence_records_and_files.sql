-- 笔录 (现场检查笔录, 询问笔录, 勘验笔录): each is a piece of evidence (casework.evidence) written on the spot, by at
-- least two of the case's officers whose names and certificate numbers are kept as shown on the record
-- (行政处罚法第四十二条、第五十五条), with whoever was present, and the refusal to sign noted with a witness.
-- request_key: the step's key, so a retried request finds the record its first attempt wrote.
create table casework.evidence_record (
    id                  bigint generated always as identity primary key,
    case_id             bigint  not null references casework.penalty_case (id),
    evidence_id         bigint  not null unique references casework.evidence (id),
    region_code         text    not null,
    request_key         text    not null unique,
    kind                text    not null check (kind in ('SITE_INSPECTION', 'INQUIRY', 'EXAMINATION')),
    place               text    not null,
    started_at          timestamptz not null,
    ended_at            timestamptz not null check (ended_at > started_at),
    officer_ids         bigint[] not null check (cardinality(officer_ids) >= 2),
    officer_names       text[]  not null,
    certificate_numbers text[]  not null,
    -- 现场检查笔录 and 勘验笔录: who was present (the party, its representative, or a witness), what was examined.
    present_name        text,
    present_role        text    check (present_role in ('PARTY', 'REPRESENTATIVE', 'WITNESS')),
    subject             text,
    content             text,
    -- 询问笔录: the person questioned, the ID shown (SM4-encrypted, and masked for display), how he or she stands to
-- the party.
    person_name         text,
    id_kind             text    check (id_kind in ('RESIDENT_ID', 'PASSPORT', 'OTHER')),
    id_number_cipher    text,
    id_number_masked    text,
    relation            text    check (relation in ('PARTY', 'LEGAL_REPRESENTATIVE', 'AGENT', 'EMPLOYEE',
                                'WITNESS', 'OTHER')),
    signature_refused   boolean not null default false,
    refusal_witness     text,
    recorded_by         text    not null,
    recorded_at         timestamptz not null,
    check (not signature_refused or refusal_witness is not null),
    check ((kind = 'INQUIRY') = (person_name is not null))
);
create index evidence_record_case_idx on casework.evidence_record (case_id, id);

-- 询问笔录: the questions and answers, in the order asked.
create table casework.evidence_answer (
    record_id   bigint  not null references casework.evidence_record (id),
    position    int     not null check (position >= 0),
    question    text    not null,
    answer      text    not null,
    primary key (record_id, position)
);

-- Evidence files (photos, PDF, audio, video): each a piece of evidence whose bytes are in the shared file store
-- (owner casework.case and the case id), with their sniffed kind, size and SM3 digest.
create table casework.evidence_file (
    id              bigint generated always as identity primary key,
    case_id         bigint  not null references casework.penalty_case (id),
    evidence_id     bigint  not null unique references casework.evidence (id),
    stored_file_id  bigint  not null unique,
    request_key     text    not null unique,
    recorded_by     text    not null,
    recorded_at     timestamptz not null
);
create index evidence_file_case_idx on casework.evidence_file (case_id, id);
