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

