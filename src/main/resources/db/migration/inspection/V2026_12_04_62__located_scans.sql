-- 亮码即定位 and 扫照签到: where a scan happened, when the person scanning shared it (asked, never required), and how
-- far that is from the party's registered address; a check-in farther than the county's threshold plus the
-- phone's own accuracy is flagged (far) for the supervisors, since 虚假扫码 is misconduct. A scan is of the visit
-- code, by the enterprise (VISIT_CODE), or of the enterprise's business licence, by an inspector (LICENCE).
-- checked_in marks the scan that checked its visit in; scans recorded before this change leave it false.
alter table inspection.code_scan
    add column kind        text    not null default 'VISIT_CODE' check (kind in ('VISIT_CODE', 'LICENCE')),
    add column checked_in  boolean not null default false,
    add column latitude    numeric(9, 6) check (latitude between -90 and 90),
    add column longitude   numeric(9, 6) check (longitude between -180 and 180),
    add column accuracy_m  integer check (accuracy_m >= 0),
    add column distance_m  integer check (distance_m >= 0),
    add column far         boolean not null default false,
    add column located_at  timestamptz,
    add constraint code_scan_located_whole
        check ((latitude is null) = (longitude is null) and (latitude is null) = (located_at is null)),
    add constraint code_scan_far_needs_distance check (not far or distance_m is not null);
create index code_scan_far_idx on inspection.code_scan (scanned_at) where far;
