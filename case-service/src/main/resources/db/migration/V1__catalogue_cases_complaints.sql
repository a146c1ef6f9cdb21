-- Catalogue --------------------------------------------------------------------------------------------------
create table department (
    code        text primary key,
    name        text not null,
    created_at  timestamptz not null default now()
);

create table service_window (
    code            text primary key,
    name            text not null,
    department_code text not null references department (code),
    created_at      timestamptz not null default now()
);

create table matter (
    code                 text primary key,
    name                 text not null,
    department_code      text not null references department (code),
    category             text not null,
    statutory_limit_days int  not null,
    promised_limit_days  int  not null check (promised_limit_days <= statutory_limit_days),
    extension_cap_days   int  not null,
    materials            jsonb not null,
    joint_departments    jsonb not null,
    created_at           timestamptz not null default now()
);

-- Cases ------------------------------------------------------------------------------------------------------
create table hall_case (
    id                  text primary key,
    matter_code         text not null references matter (code),
    matter_name         text not null,
    window_code         text not null references service_window (code),
    department_code     text not null,
    joint_departments   text[] not null default '{}',
    category            text not null,
    status              text not null,
    received_at         timestamptz not null,
    accepted_at         timestamptz,
    completed_at        timestamptz,
    returned_at         timestamptz,
    applicant_name      text not null,
    applicant_phone     text not null,
    applicant_id_number text,
    callback_consent    boolean not null,
    applicant_subject   text,
    detail              jsonb not null,
    version             bigint not null default 0,
    updated_at          timestamptz not null default now()
);

-- list by window and the monthly ledger (window + received_at range), newest first
create index hall_case_window_received_idx on hall_case (window_code, received_at desc, id);
create index hall_case_department_received_idx on hall_case (department_code, received_at desc);
create index hall_case_joint_departments_idx on hall_case using gin (joint_departments);
create index hall_case_applicant_received_idx on hall_case (applicant_subject, received_at desc)
    where applicant_subject is not null;
create index hall_case_status_received_idx on hall_case (status, received_at desc);
create index hall_case_category_received_idx on hall_case (category, received_at desc);
create index hall_case_received_idx on hall_case (received_at desc, id);

create table case_history (
    case_id       text not null references hall_case (id),
    seq           int  not null,
    at            timestamptz not null,
    actor_subject text not null,
    actor_name    text,
    action        text not null,
    from_status   text,
    to_status     text not null,
    from_category text,
    to_category   text not null,
    reason        text,
    primary key (case_id, seq)
);

-- first answer of a POST /api/cases per (caller, Idempotency-Key)
create table idempotent_request (
    caller_subject  text not null,
    idempotency_key text not null,
    request_hash    text not null,
    response_status int  not null,
    response_body   text not null,
    created_at      timestamptz not null default now(),
    primary key (caller_subject, idempotency_key)
);

-- due dates as deadline-service last reported them
create table case_deadline (
    clock_id        text primary key,
    case_id         text not null,
    kind            text not null,
    department_code text,
    limit_days      int,
    due_at          timestamptz,
    provisional     boolean not null default false,
    state           text not null,
    outcome         text,
    updated_at      timestamptz not null default now()
);
create index case_deadline_case_idx on case_deadline (case_id);

-- Complaints -------------------------------------------------------------------------------------------------
create table complaint (
    id                text primary key,
    subject_type      text not null,
    subject_ref       text not null,
    description       text not null,
    complainant_name  text,
    complainant_phone text,
    callback_consent  boolean not null,
    filed_by          text not null,
    filed_at          timestamptz not null,
    status            text not null,
    outcome           text,
    resolved_by       text,
    resolved_at       timestamptz
);
create index complaint_subject_idx on complaint (subject_type, subject_ref, filed_at desc);
create index complaint_status_idx on complaint (status, filed_at desc);
create index complaint_filed_by_idx on complaint (filed_by, filed_at desc);
