create schema if not exists registry;

-- The county and its townships and subdistricts (GB/T 2260 county code; 9-digit township codes below it).
create table registry.region (
    code         text primary key check (code ~ '^[1-9][0-9]{5}([0-9]{3})?$'),
    name         text not null check (length(name) between 1 and 40),
    kind         text not null check (kind in ('COUNTY', 'TOWN', 'TOWNSHIP', 'SUBDISTRICT')),
    parent_code  text references registry.region (code),
    region_code  text not null,
    version      int  not null default 0,
    constraint township_below_county check (
        (kind = 'COUNTY' and parent_code is null and length(code) = 6)
        or (kind <> 'COUNTY' and parent_code is not null and length(code) = 9 and code like parent_code || '%')),
    constraint region_code_is_own_code check (region_code = code)
);

-- Enforcement domains (执法领域). Counties add their own: data, not an enum.
create table registry.enforcement_area (
    code  text primary key check (code ~ '^[A-Z_]{2,30}$'),
    name  text not null unique
);

insert into registry.enforcement_area (code, name) values
    ('MARKET', '市场监管'), ('ENVIRONMENT', '生态环境'), ('CULTURE_TOURISM', '文化旅游'),
    ('TRANSPORT', '交通运输'), ('AGRICULTURE', '农业农村'), ('EMERGENCY', '应急管理'),
    ('HEALTH', '卫生健康'), ('NATURAL_RESOURCES', '自然资源'), ('HOUSING', '住房城乡建设'),
    ('URBAN', '城市管理'), ('WATER', '水利'), ('FORESTRY', '林业'), ('PUBLIC_SECURITY', '公安'),
    ('HUMAN_RESOURCES', '人力资源社会保障'), ('EDUCATION', '教育'), ('CIVIL_AFFAIRS', '民政'),
    ('COMMERCE', '商务'), ('TAX', '税务'), ('STATISTICS', '统计'), ('MEDICAL_INSURANCE', '医疗保障'),
    ('FIRE', '消防救援'), ('COMPREHENSIVE', '综合行政执法'), ('OTHER', '其他');

-- 执法主体: county departments, township comprehensive enforcement teams, entrusted and authorised organisations.
create table registry.agency (
    id            bigint generated always as identity primary key,
    region_code   text not null references registry.region (code),
    name          text not null check (length(name) between 2 and 60),
    kind          text not null check (kind in ('COUNTY_DEPARTMENT', 'TOWNSHIP_TEAM', 'ENTRUSTED_ORGANISATION',
                                                'AUTHORISED_ORGANISATION')),
    credit_code   text not null unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    legal_basis   text not null check (length(legal_basis) between 2 and 2000),
    entrusted_by  bigint references registry.agency (id),
    areas         text[] not null default '{}',
    status        text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'DISSOLVED')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       int not null default 0,
    unique (region_code, name),
    constraint entrusted_names_entrusting_agency
        check ((kind = 'ENTRUSTED_ORGANISATION') = (entrusted_by is not null))
);
create index agency_region_idx on registry.agency (region_code);

-- 执法人员. The ID number is stored SM4-encrypted, with a keyed hash for uniqueness and a masked copy for display.
create table registry.officer (
    id                bigint generated always as identity primary key,
    region_code       text   not null,
    agency_id         bigint not null references registry.agency (id),
    name              text   not null check (length(name) between 2 and 30),
    id_number_cipher  text   not null,
    id_number_hash    text   not null unique,
    id_number_masked  text   not null check (id_number_masked ~ '^[0-9]{6}\*{8}[0-9]{3}[0-9X]$'),
    post              text   not null check (post in ('ENFORCEMENT', 'LEGAL_REVIEW', 'SUPERVISION', 'OTHER')),
    establishment     text   not null check (establishment in ('CIVIL_SERVANT', 'PUBLIC_INSTITUTION', 'CONTRACT',
                                                                 'AUXILIARY')),
    areas             text[] not null default '{}',
    status            text   not null default 'ACTIVE' check (status in ('ACTIVE', 'TRANSFERRED', 'RETIRED',
                                                                         'DISMISSED')),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           int    not null default 0
);
create index officer_agency_idx on registry.officer (agency_id);
create index officer_region_idx on registry.officer (region_code);

-- 执法证 / 执法监督证. EXPIRED is not stored: it follows from expires_on and the date asked about.
create table registry.certificate (
    id                 bigint generated always as identity primary key,
    region_code        text   not null,
    agency_id          bigint not null references registry.agency (id),
    officer_id         bigint not null references registry.officer (id),
    kind               text   not null check (kind in ('ENFORCEMENT', 'SUPERVISION')),
    number             text   not null unique check (number ~ '^[0-9A-Za-z-]{4,30}$'),
    issued_on          date   not null,
    expires_on         date   not null,
    areas              text[] not null default '{}',
    status             text   not null default 'VALID' check (status in ('VALID', 'SUSPENDED', 'REVOKED')),
    status_reason      text,
    status_changed_on  date,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            int    not null default 0,
    check (expires_on > issued_on),
    check (status = 'VALID' or status_reason is not null)
);
create index certificate_officer_idx on registry.certificate (officer_id);
create index certificate_agency_idx on registry.certificate (agency_id);
create index certificate_expiry_idx on registry.certificate (expires_on) where status = 'VALID';

-- 年审: one review per certificate and year.
create table registry.annual_review (
    id              bigint generated always as identity primary key,
    region_code     text   not null,
    agency_id       bigint not null,
    certificate_id  bigint not null references registry.certificate (id),
    review_year     int    not null check (review_year between 2000 and 2100),
    result          text   not null check (result in ('PASSED', 'FAILED')),
    reviewed_on     date   not null,
    note            text,
    unique (certificate_id, review_year)
);

-- 培训: hours per officer per course.
create table registry.training_record (
    id           bigint generated always as identity primary key,
    region_code  text   not null,
    agency_id    bigint not null references registry.agency (id),
    officer_id   bigint not null references registry.officer (id),
    course       text   not null check (length(course) between 2 and 100),
    trained_on   date   not null,
    hours        numeric(5, 1) not null check (hours > 0 and hours <= 200),
    organiser    text,
    version      int    not null default 0
);
create index training_officer_idx on registry.training_record (officer_id, trained_on);
create index training_agency_idx on registry.training_record (agency_id, trained_on);

-- 考试: sessions (资格考试, 年度考试) and each officer's score.
create table registry.exam_session (
    id           bigint generated always as identity primary key,
    region_code  text   not null,
    title        text   not null check (length(title) between 2 and 100),
    kind         text   not null check (kind in ('QUALIFICATION', 'ANNUAL', 'OTHER')),
    held_on      date   not null,
    pass_mark    numeric(5, 1) not null check (pass_mark > 0),
    full_mark    numeric(5, 1) not null default 100 check (full_mark >= pass_mark),
    version      int    not null default 0
);

create table registry.exam_result (
    id           bigint generated always as identity primary key,
    region_code  text   not null,
    agency_id    bigint not null references registry.agency (id),
    session_id   bigint not null references registry.exam_session (id),
    officer_id   bigint not null references registry.officer (id),
    score        numeric(5, 1) not null check (score >= 0),
    unique (session_id, officer_id)
);
create index exam_result_agency_idx on registry.exam_result (agency_id);
