-- Case events that reached deadline-service before the case's acceptance (the broker delivered them out of order,
-- e.g. after a crash): held until the acceptance starts the clocks, then applied in the order they happened.
create table held_case_event (
    id          bigserial primary key,
    case_id     text        not null,
    event_type  text        not null,
    occurred_at timestamptz not null,
    payload     jsonb       not null,
    held_at     timestamptz not null default now()
);

create index held_case_event_case_idx on held_case_event (case_id);
