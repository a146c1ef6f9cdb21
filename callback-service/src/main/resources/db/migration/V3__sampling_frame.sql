-- the sampling frame: hall cases as read from case-service's events (never from its tables)
create table hall_case (
    case_id            varchar(36) primary key,
    contact_ref        varchar(60) not null,
    applicant_subject  text,
    window_code        varchar(20) not null,
    department_code    varchar(20),
    matter_code        varchar(40),
    category           varchar(20),
    received_at        timestamptz not null,
    accepted_at        timestamptz,
    completed_at       timestamptz,
    returned_at        timestamptz,
    -- null while no event told it (a case returned before acceptance): counted as no consent
    callback_consent   boolean
);
create index hall_case_frame_idx on hall_case (window_code, received_at);
