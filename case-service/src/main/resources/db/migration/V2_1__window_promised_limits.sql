-- The promised limit each window sets for each of its matters (<= the statutory limit), and who changed it when.
create table window_promised_limit (
    window_code         text        not null references service_window (code),
    matter_code         text        not null references matter (code),
    promised_limit_days integer     not null,
    set_by              text        not null,
    set_at              timestamptz not null,
    primary key (window_code, matter_code)
);

create table window_promised_limit_change (
    id                  bigserial   primary key,
    window_code         text        not null,
    matter_code         text        not null,
    previous_days       integer     not null,
    promised_limit_days integer     not null,
    reason              text,
    changed_by          text        not null,
    changed_at          timestamptz not null
);
create index window_promised_limit_change_idx on window_promised_limit_change (window_code, matter_code, id);
