-- 检查表单 (一张表单): the check points (检查项) of an inspection item version, each with what is checked (检查内容),
-- the standard it is checked against (检查标准) and its legal basis; 重点项 marks the points a county checks first.
-- A revision of the item copies its points into the new version, so the points an old version was checked
-- against stay with it. Ids are stable across edits: inspection records name the point they record.
create table catalog.check_point (
    id           bigint  generated always as identity primary key,
    item_id      bigint  not null references catalog.item (id) on delete cascade,
    region_code  text    not null check (region_code ~ '^[1-9][0-9]{5}$'),
    position     int     not null check (position >= 1),
    content      text    not null check (length(content) between 2 and 200),
    standard     text    not null check (length(standard) between 2 and 1000),
    legal_basis  text    check (length(legal_basis) <= 500),
    key_point    boolean not null default false,
    unique (item_id, position) deferrable initially deferred
);
