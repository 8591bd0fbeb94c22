-- The shape of a row staged by a bulk import (each import creates a temporary copy of it, dropped at commit).
create table entities.party_import_row (
    row_number            int     not null,
    identity_key          text    not null,
    kind                  text    not null,
    credit_code           text,
    id_number_cipher      text,
    id_number_masked      text,
    name                  text    not null,
    region_code           text    not null,
    address               text,
    industry_code         text,
    scale                 text,
    five_above            boolean not null,
    contact_name          text,
    contact_phone_cipher  text,
    contact_phone_masked  text,
    status                text    not null,
    credit_grade          text,
    marks                 text[]  not null
);
