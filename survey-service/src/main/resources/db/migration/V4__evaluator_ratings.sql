-- e-evaluator ratings (好差评); a case is rated once
create table evaluator_rating (
    id              varchar(36) primary key,
    case_id         varchar(64),
    window_code     varchar(40) not null,
    department_code varchar(40),
    level           varchar(20) not null,
    score           int not null,
    reason          varchar(500),
    channel         varchar(10) not null,
    contact_ref     varchar(80),
    rated_by        text not null,
    rated_at        timestamptz not null
);
create unique index evaluator_rating_case_uq on evaluator_rating (case_id) where case_id is not null;
create index evaluator_rating_window_idx on evaluator_rating (window_code, rated_at);
