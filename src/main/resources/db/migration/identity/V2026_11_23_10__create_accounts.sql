create schema if not exists identity;

create table identity.account (
    id                    bigint generated always as identity primary key,
    username              text        not null unique check (username ~ '^[A-Za-z0-9_.-]{3,40}$'),
    password_hash         text        not null,
    display_name          text        not null check (length(display_name) between 1 and 40),
    role                  text        not null check (role in ('ADMIN','SUPERVISOR','AGENCY_ADMIN','OFFICER',
                                                               'RECONSIDERATION','LEADER','ENTERPRISE')),
    region_code           text        not null check (region_code ~ '^[1-9][0-9]{5}([0-9]{3})?$'),
    agency_id             bigint,
    enabled               boolean     not null default true,
    must_change_password  boolean     not null default false,
    failed_attempts       int         not null default 0,
    locked_until          timestamptz,
    password_changed_at   timestamptz not null default now(),
    last_login_at         timestamptz,
    created_at            timestamptz not null default now(),
    version               int         not null default 0,
    constraint agency_roles_have_agency
        check (role not in ('AGENCY_ADMIN','OFFICER') or agency_id is not null)
);

create index account_region_idx on identity.account (region_code);
