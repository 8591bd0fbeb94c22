-- An enterprise account speaks for one regulated party (行政相对人): the party decides whose inspections it
-- verifies and whose history it sees. The party belongs to the entities module, so party_id is a value, not a
-- foreign key (no cross-module foreign keys); Accounts checks that it exists and lies in the account's region.
alter table identity.account add column party_id bigint;

-- Enterprise accounts opened before this change (the demo county's `enterprise`, and any an administrator opened)
-- name no party. Filling in a guess such as the region's first party would show a stranger's inspection history
-- to whoever holds the account, so they are disabled until linked instead (the demo account is relinked at
-- start-up by DemoAccounts). A NOT VALID constraint would not do: PostgreSQL checks every updated row, so the next
-- login of such an account (which writes last_login_at) would fail.
update identity.account set enabled = false where role = 'ENTERPRISE';

alter table identity.account add constraint enterprise_accounts_speak_for_a_party
    check ((role = 'ENTERPRISE') = (party_id is not null) or (role = 'ENTERPRISE' and not enabled));
