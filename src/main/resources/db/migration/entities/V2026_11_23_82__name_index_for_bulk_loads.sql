-- Bulk imports insert hundreds of thousands of names: let GIN collect new entries in a 16 MiB pending list and
-- merge them in bulk (at the list's fill or by autovacuum) instead of updating the index tree row by row.
alter index entities.party_name_bigrams_idx set (gin_pending_list_limit = 16384);
