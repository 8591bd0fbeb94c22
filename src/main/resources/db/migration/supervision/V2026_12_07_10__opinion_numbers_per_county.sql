-- 监督意见书 and 监督决定书 numbers are unique within their county, not across the database: counties of the same
-- name (two 城关区 in one province's data) number their documents alike, as their counters are per county.
alter table supervision.opinion drop constraint opinion_number_key;
alter table supervision.opinion drop constraint opinion_decision_number_key;
alter table supervision.opinion add constraint opinion_number_per_county unique (region_code, number);
alter table supervision.opinion add constraint opinion_decision_number_per_county unique (region_code, decision_number);
