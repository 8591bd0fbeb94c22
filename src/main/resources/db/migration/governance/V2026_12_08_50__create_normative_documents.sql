-- 规范性文件: the county's normative documents from drafting to filing, validity and clean-up, and the clean-up
-- campaigns (清理) with a disposition per document. The drafting agency (registry) is held as a value, without a
-- foreign key.
create schema if not exists governance;

create table governance.normative_document (
    id                      bigint      generated always as identity primary key,
    region_code             text        not null check (region_code ~ '^[1-9][0-9]{5}$'),
    agency_id               bigint      not null,
    title                   text        not null,
    business_related        boolean     not null default false,
    provisional             boolean     not null default false,
    state                   text        not null check (state in ('DRAFTING', 'PUBLIC_COMMENT', 'LEGALITY_REVIEW',
                                'FAIR_COMPETITION_REVIEW', 'DELIBERATION', 'PUBLISHED', 'FILED', 'IN_FORCE',
                                'EXPIRED', 'REPEALED')),
    comment_from            date,
    comment_to              date,
    comments_received       integer     check (comments_received >= 0),
    legality_reviewer       text,
    legality_reviewed_on    date,
    legality_conclusion     text        check (legality_conclusion in ('LAWFUL', 'LAWFUL_AFTER_CHANGES', 'UNLAWFUL')),
    legality_opinion        text,
    fair_competition        text        check (fair_competition in ('COMPLIANT', 'NOT_APPLICABLE', 'NON_COMPLIANT')),
    fair_competition_on     date,
    deliberated_on          date,
    deliberation_meeting    text,
    registration_number     text,
    document_number         text,
    published_on            date,
    published_in            text,
    effective_from          date,
    valid_until             date,
    filing_due_on           date,
    filed_government_on     date,
    filed_congress_on       date,
    ended_on                date,
    ended_reason            text,
    created_by              text        not null,
    version                 integer     not null default 0,
    check (comment_to is null or comment_to >= comment_from),
    check (published_on is null or legality_reviewed_on is not null),
    unique (region_code, registration_number)
);
create index normative_document_region on governance.normative_document (region_code, state);
create index normative_document_agency on governance.normative_document (agency_id);

create table governance.cleanup_campaign (
    id              bigint  generated always as identity primary key,
    region_code     text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    name            text    not null,
    started_on      date    not null,
    created_by      text    not null
);
create index cleanup_campaign_region on governance.cleanup_campaign (region_code, started_on desc);

-- One disposition per document and campaign; 废止 and 宣布失效 end the document in the same transaction.
create table governance.cleanup_decision (
    campaign_id     bigint  not null references governance.cleanup_campaign (id) on delete cascade,
    document_id     bigint  not null references governance.normative_document (id),
    disposition     text    not null check (disposition in ('RETAIN', 'AMEND', 'REPEAL', 'DECLARE_INVALID')),
    decided_on      date    not null,
    note            text,
    primary key (campaign_id, document_id)
);
