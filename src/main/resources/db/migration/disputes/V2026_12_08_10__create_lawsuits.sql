-- 行政应诉: lawsuits where a county agency is defendant, by court and instance, with the defence period
-- (行政诉讼法第六十七条), each hearing and who appeared for the agency (第三条), and the outcome. The defendant agency
-- (registry) and the contested penalty case (casework) are held as values, without foreign keys. A person's ID number
-- is stored encrypted (SM4) with a masked copy for display, as reconsideration stores applicants' numbers.
create schema if not exists disputes;

create table disputes.lawsuit (
    id                      bigint generated always as identity primary key,
    region_code             text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    court                   text        not null,
    instance                text        not null check (instance in ('FIRST', 'SECOND', 'RETRIAL')),
    court_number            text        not null,
    prior_id                bigint      references disputes.lawsuit (id),
    plaintiff_kind          text        not null check (plaintiff_kind in ('PERSON', 'ORGANISATION')),
    plaintiff_name          text        not null,
    plaintiff_id_cipher     text,
    plaintiff_id_masked     text,
    plaintiff_credit_code   text,
    agency_id               bigint      not null,
    cause                   text        not null,
    act                     text        not null,
    case_id                 bigint,
    case_code               text,
    served_on               date        not null,
    defence_due_on          date        not null,
    defence_submitted_on    date,
    outcome                 text        check (outcome in ('CLAIMS_DISMISSED', 'SUIT_REJECTED', 'REVOKED', 'CHANGED',
                                'DECLARED_UNLAWFUL', 'DECLARED_VOID', 'ORDERED_TO_PERFORM', 'PAYMENT',
                                'WITHDRAWN_AFTER_CHANGE', 'WITHDRAWN', 'MEDIATED')),
    decided_on              date,
    outcome_note            text,
    registered_by           text        not null,
    version                 integer     not null default 0,
    check ((outcome is null) = (decided_on is null)),
    unique (region_code, court_number)
);
create index lawsuit_region on disputes.lawsuit (region_code, served_on desc);
create index lawsuit_decided on disputes.lawsuit (region_code, decided_on) where decided_on is not null;
create index lawsuit_agency on disputes.lawsuit (agency_id);
create index lawsuit_prior on disputes.lawsuit (prior_id) where prior_id is not null;

-- Each hearing of a lawsuit in the order recorded, with who appeared for the defendant agency.
create table disputes.lawsuit_hearing (
    lawsuit_id  bigint  not null references disputes.lawsuit (id) on delete cascade,
    position    integer not null,
    held_on     date    not null,
    appearance  text    not null check (appearance in ('HEAD', 'DEPUTY', 'STAFF', 'NONE')),
    appeared_by text,
    primary key (lawsuit_id, position)
);
create index lawsuit_hearing_held on disputes.lawsuit_hearing (held_on);
