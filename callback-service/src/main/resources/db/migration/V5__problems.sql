-- problems found by callbacks, their rectification and re-callbacks; due_date is null while deadline-service's
-- calendar has not answered; a complaint about a department has no window (completed in the background, never guessed)
create table problem (
    id                varchar(36) primary key,
    window_code       varchar(20),
    department_code   varchar(20),
    source            varchar(20) not null,
    callback_id       varchar(36) references callback_task (id),
    dimension         varchar(30),
    description       varchar(2000) not null,
    status            varchar(12) not null,
    round             int not null,
    escalation_level  varchar(20) not null,
    opened_at         timestamptz not null,
    due_date          date,
    measures          varchar(2000),
    rectified_by      text,
    rectified_at      timestamptz,
    re_callback_id    varchar(36) references callback_task (id),
    overdue_announced boolean not null default false,
    closed_how        varchar(30),
    closure_reason    varchar(2000),
    closed_by         text,
    closed_at         timestamptz
);
create index problem_window_idx on problem (window_code, status);
create index problem_department_idx on problem (department_code, status);
create index problem_re_callback_idx on problem (re_callback_id);
create index problem_pending_due_idx on problem (opened_at) where due_date is null and status = 'OPEN';
