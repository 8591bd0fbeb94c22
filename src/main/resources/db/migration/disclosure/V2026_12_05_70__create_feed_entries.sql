-- The public feed (/api/v1/public/disclosure/feed): one entry per publication, withdrawal and expiry, in the order
-- they committed. The id is the consumers' cursor; appends are serialised by a transaction-scoped advisory lock
-- taken just before commit (see feed.FeedRepository), so ids are assigned in commit order and a consumer asking for
-- entries after its cursor never skips one that commits later. Only what the portal shows: the party as published
-- (an organisation's name, a person's masked name), no original text; the published text is read from the
-- publication while it is on the portal.
create table disclosure.feed_entry (
    id                 bigserial primary key,
    kind               text        not null check (kind in ('PUBLISHED', 'WITHDRAWN', 'EXPIRED')),
    publication_id     bigint      not null references disclosure.publication (id),
    decision_number    text        not null,
    agency_id          bigint      not null,
    agency_name        text        not null,
    region_code        text        not null,
    decided_on         date        not null,
    decision_kind      text        not null,
    penalties          text        not null,
    fine_fen           bigint      not null,
    items              text        not null,
    party              text,
    published_on       date,
    expires_on         date,
    withdrawn_on       date,
    withdrawal_reason  text,
    expired_on         date,
    recorded_at        timestamptz not null default now()
);

create index feed_entry_publication on disclosure.feed_entry (publication_id);
