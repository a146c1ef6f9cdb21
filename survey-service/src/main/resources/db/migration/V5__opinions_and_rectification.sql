-- free-text opinions of responses, classified to a department
create table opinion (
    id                varchar(36) primary key,
    response_id       varchar(36) not null references survey_response (id),
    campaign_code     varchar(40) not null references campaign (code),
    project_code      varchar(40),
    window_code       varchar(40),
    question_code     varchar(40) not null,
    text              text not null,
    department_code   varchar(40) not null,
    basis             varchar(20) not null,
    contact_ref       varchar(80),
    follow_up_consent boolean not null,
    recorded_at       timestamptz not null
);
create index opinion_campaign_idx on opinion (campaign_code, department_code);

-- departments' rectification measures; due_date null = the calendar could not be asked yet (never guessed)
create table rectification_measure (
    id                 varchar(36) primary key,
    opinion_id         varchar(36) not null references opinion (id),
    measure            text not null,
    responsible_person varchar(100) not null,
    working_days       int not null,
    due_date           date,
    solvable_now       boolean not null,
    explanation        text,
    recorded_by        text not null,
    recorded_at        timestamptz not null
);
create index rectification_opinion_idx on rectification_measure (opinion_id);
create index rectification_pending_idx on rectification_measure (recorded_at) where due_date is null;
