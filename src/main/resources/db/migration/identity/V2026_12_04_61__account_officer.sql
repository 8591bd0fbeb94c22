-- An officer's account names the officer (执法人员) it belongs to, so that Fazhi knows which inspector is acting: an
-- officer checking a visit in by the enterprise's business licence must be one of the task's inspectors (扫照签到).
-- The officer belongs to the registry, so officer_id is a value, not a foreign key (no cross-module foreign keys).
-- Accounts opened before stay unlinked until an administrator links them; they can do everything but check in.
alter table identity.account add column officer_id bigint;
alter table identity.account add constraint only_officer_accounts_name_an_officer
    check (officer_id is null or role = 'OFFICER');
create unique index account_officer_idx on identity.account (officer_id) where officer_id is not null;
