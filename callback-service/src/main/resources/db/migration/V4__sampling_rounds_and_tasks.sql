-- weekly sampling rounds: one per ISO week, the seed recorded, per window the frame and its exclusions
create table sampling_round (
    id             varchar(36) primary key,
    iso_week       varchar(8) not null unique,
    frame_month    varchar(7) not null,
    seed           bigint not null,
    requested_size int,
    drawn_by       text not null,
    drawn_at       timestamptz not null
);

create table sampling_round_window (
    round_id        varchar(36) not null references sampling_round (id),
    window_code     varchar(20) not null,
    frame_size      int not null,
    eligible        int not null,
    sample_size     int not null,
    no_consent      int not null,
    already_drawn   int not null,
    called_recently int not null,
    primary key (round_id, window_code)
);

-- callback tasks: drawn in a round, re-callbacks of problems, complaint callbacks, follow-ups asked by surveys.
-- source_ref is unique: a case is drawn once, a complaint or follow-up request gives one task.
-- No phone number is stored: the agent reads it through case-service's audited contact endpoint.
create table callback_task (
    id                varchar(36) primary key,
    kind              varchar(20) not null,
    source_ref        varchar(120) not null unique,
    round_id          varchar(36) references sampling_round (id),
    case_id           varchar(36),
    contact_ref       varchar(60) not null,
    applicant_subject text,
    window_code       varchar(20),
    department_code   varchar(20),
    status            varchar(20) not null,
    agent             text,
    due_date          date,
    created_at        timestamptz not null,
    finished_at       timestamptz,
    version           int not null default 0
);
create index callback_task_window_idx on callback_task (window_code, status);
create index callback_task_round_idx on callback_task (round_id);
create index callback_task_case_idx on callback_task (case_id);

create table callback_attempt (
    task_id      varchar(36) not null references callback_task (id),
    number       int not null,
    result       varchar(20) not null,
    attempted_at timestamptz not null,
    hall_date    date not null,
    agent        text not null,
    note         varchar(500),
    primary key (task_id, number)
);
create index callback_attempt_at_idx on callback_attempt (attempted_at);

-- the answers of a reached person: the six dimensions, each SATISFIED / BASICALLY_SATISFIED / UNSATISFIED
create table callback_outcome (
    task_id             varchar(36) primary key references callback_task (id),
    service_attitude    varchar(20) not null,
    efficiency          varchar(20) not null,
    published_procedure varchar(20) not null,
    no_outside_handling varchar(20) not null,
    integrity           varchar(20) not null,
    overall             varchar(20) not null,
    comments            varchar(2000),
    suggestions         varchar(2000),
    recorded_at         timestamptz not null
);
