-- residential projects and their owners (households); contacts are read in full only through the audited endpoint
create table residential_project (
    code       varchar(20) primary key,
    name       varchar(200) not null,
    address    varchar(500) not null,
    created_by text not null,
    created_at timestamptz not null
);

create table project_owner (
    id                      varchar(36) primary key,
    project_code            varchar(20) not null references residential_project (code),
    building                varchar(20) not null,
    unit                    varchar(20) not null,
    room                    varchar(20) not null,
    owner_name              varchar(100) not null,
    phone                   varchar(20) not null,
    id_number               varchar(18),
    contact_consent         boolean not null,
    preferred_contact_times varchar(200),
    registered_by           text not null,
    registered_at           timestamptz not null,
    constraint project_owner_household_uq unique (project_code, building, unit, room)
);

-- who read which full contact details, and when
create table contact_read (
    id             bigserial primary key,
    reader_subject text not null,
    reader_name    text,
    reader_roles   text not null,
    subject_kind   text not null,
    subject_id     text not null,
    read_at        timestamptz not null default now()
);
create index contact_read_subject_idx on contact_read (subject_kind, subject_id, read_at);
