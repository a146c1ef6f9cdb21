-- e-evaluator ratings and on-site forms of hall windows, from survey-service's events, already on the 0-100 scale
create table external_score (
    source_id   varchar(80) primary key,
    kind        varchar(10) not null,
    window_code varchar(20) not null,
    iso_week    varchar(8) not null,
    score       int not null,
    recorded_at timestamptz not null
);
create index external_score_week_idx on external_score (iso_week, window_code);

-- published weekly boards: frozen as published; a correction is a new version with a reason
create table score_board (
    iso_week     varchar(8) not null,
    version      int not null,
    reason       varchar(2000),
    published_by text not null,
    published_at timestamptz not null,
    body         text not null,
    primary key (iso_week, version)
);
create index callback_outcome_recorded_idx on callback_outcome (recorded_at);
create index callback_task_finished_idx on callback_task (finished_at) where status = 'UNREACHABLE';
