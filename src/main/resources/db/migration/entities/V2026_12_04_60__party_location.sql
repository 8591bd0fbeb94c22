-- Where a regulated party's registered address lies (WGS-84 degrees), when known: a check-in far from it is flagged
-- for the supervisors (亮码即定位). Optional: the register works without it, and imports do not carry it yet.
alter table entities.party
    add column latitude  numeric(9, 6) check (latitude between -90 and 90),
    add column longitude numeric(9, 6) check (longitude between -180 and 180),
    add constraint party_location_complete check ((latitude is null) = (longitude is null));
