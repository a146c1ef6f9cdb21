-- the named custodian of each project's callback and visit records, other departments' access requests (approved
-- by the project's manager or a supervisor, for a limited time) and every read under a grant
create table records_custodian (
    project_code varchar(20) primary key references residential_project (code),
    custodian    varchar(100) not null,
    set_by       text not null,
    set_at       timestamptz not null
);

create table access_request (
    id              varchar(36) primary key,
    project_code    varchar(20) not null references residential_project (code),
    purpose         varchar(500) not null,
    requested_by    text not null,
    department      varchar(40),
    days            int not null,
    status          varchar(10) not null,
    requested_at    timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    decision_reason varchar(2000),
    valid_until     timestamptz
);
create index access_request_requester_idx on access_request (requested_by, project_code, status);

create table records_read (
    id           bigserial primary key,
    request_id   varchar(36) not null references access_request (id),
    project_code varchar(20) not null,
    read_by      text not null,
    read_at      timestamptz not null
);
