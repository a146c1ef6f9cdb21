-- owner visits: monthly plans approved by the project manager, the visits they release (and ad hoc, complaint and
-- service-order visits), and the owners' issues, which follow the problem loop (problem rows with a project)
create table visit_plan (
    id              varchar(36) primary key,
    project_code    varchar(20) not null references residential_project (code),
    month           varchar(7) not null,
    status          varchar(12) not null,
    proposed_by     text not null,
    proposed_at     timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    decision_reason varchar(2000)
);
-- one live plan per project and month; a plan sent back makes room for the next proposal
create unique index visit_plan_month_uq on visit_plan (project_code, month) where status <> 'RETURNED';

create table owner_visit (
    id           varchar(36) primary key,
    project_code varchar(20) not null references residential_project (code),
    owner_id     varchar(36) not null references project_owner (id),
    plan_id      varchar(36) references visit_plan (id),
    kind         varchar(15) not null,
    method       varchar(15) not null,
    status       varchar(12) not null,
    planned_on   date not null,
    planned_at   time not null,
    content      varchar(500) not null,
    purpose      varchar(500) not null,
    source_ref   varchar(120) unique,
    notes        varchar(2000),
    visited_by   text,
    visited_at   timestamptz,
    created_at   timestamptz not null
);
create index owner_visit_owner_idx on owner_visit (owner_id, status);
create index owner_visit_project_idx on owner_visit (project_code, planned_on);

-- an owner's issue is a problem of a project (no window); raised_at is when the owner raised it (opened_at moves
-- with each round)
alter table problem alter column escalation_level type varchar(30);
alter table problem alter column closed_how type varchar(30);
alter table problem add column project_code varchar(20) references residential_project (code);
alter table problem add column visit_id varchar(36) references owner_visit (id);
alter table problem add column contact_ref varchar(60);
alter table problem add column category varchar(30);
alter table problem add column raised_at timestamptz;
update problem set raised_at = opened_at;
alter table problem alter column raised_at set not null;
create index problem_project_idx on problem (project_code, status);

-- complaints an owner raises on a visit, handed to case-service as events in the same transaction
create table visit_complaint (
    id          varchar(36) primary key,
    visit_id    varchar(36) not null references owner_visit (id),
    description varchar(2000) not null,
    raised_by   text not null,
    raised_at   timestamptz not null
);
