-- A recorded exam score can be corrected by the bureau; like every record users edit it is optimistically locked
-- (design.md §4), so two people correcting the same score cannot silently overwrite each other.
alter table registry.exam_result add column version int not null default 0;
