-- What the public portal shows of an agency (执法主体公示) and what casework documents print about it: its duties
-- (职责), office address and phone, and the complaint line (投诉举报电话). Blank until the bureau fills them in.
alter table registry.agency
    add column duties          text not null default '' check (length(duties) <= 2000),
    add column address         text not null default '' check (length(address) <= 200),
    add column phone           text not null default '' check (length(phone) <= 30),
    add column complaint_phone text not null default '' check (length(complaint_phone) <= 30);
