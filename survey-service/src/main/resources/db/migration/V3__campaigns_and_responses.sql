-- owners of residential projects as callback-service announces them (OwnerRegistered); no names, no phones
create table project_owner (
    owner_id        varchar(36) primary key,
    project_code    varchar(40) not null,
    household       varchar(70) not null,
    contact_consent boolean not null,
    contact_ref     varchar(60) not null,
    registered_at   timestamptz not null
);
create index project_owner_project_idx on project_owner (project_code);

create table campaign (
    code                  varchar(40) primary key,
    kind                  varchar(20) not null,
    questionnaire_code    varchar(40) not null,
    questionnaire_version int not null,
    project_code          varchar(40),
    survey_year           int,
    window_code           varchar(40),
    iso_week              varchar(8),
    target                int,
    collection_date       date not null,
    opened_by             text not null,
    opened_at             timestamptz not null,
    foreign key (questionnaire_code, questionnaire_version) references questionnaire (code, version)
);
create index campaign_project_idx on campaign (project_code, survey_year);
-- one on-site campaign per window and week
create unique index campaign_window_week_uq on campaign (window_code, iso_week) where kind = 'HALL_ONSITE';

-- sign-off receipts (文件签收单): one per owner and campaign
create table receipt (
    id              varchar(36) primary key,
    campaign_code   varchar(40) not null references campaign (code),
    owner_id        varchar(36) not null,
    household       varchar(70) not null,
    contact_consent boolean not null,
    contact_ref     varchar(60) not null,
    distributed_at  timestamptz not null,
    received_by     varchar(100),
    received_at     timestamptz,
    constraint receipt_owner_uq unique (campaign_code, owner_id)
);

create table survey_response (
    id                    varchar(36) primary key,
    campaign_code         varchar(40) not null references campaign (code),
    kind                  varchar(20) not null,
    questionnaire_code    varchar(40) not null,
    questionnaire_version int not null,
    project_code          varchar(40),
    survey_year           int,
    window_code           varchar(40),
    iso_week              varchar(8),
    receipt_id            varchar(36) unique references receipt (id),
    case_id               varchar(64),
    anonymous             boolean not null,
    follow_up_consent     boolean not null,
    contact_ref           varchar(60),
    score                 int,
    collected_on          date not null,
    recorded_by           text not null,
    recorded_at           timestamptz not null
);
create index survey_response_campaign_idx on survey_response (campaign_code);
-- an applicant answers once per case
create unique index survey_response_case_uq on survey_response (case_id) where case_id is not null;

create table response_answer (
    response_id   varchar(36) not null references survey_response (id),
    question_code varchar(40) not null,
    department    varchar(40) not null,
    kind          varchar(20) not null,
    value         text not null,
    level         varchar(20),
    score         int,
    primary key (response_id, question_code)
);
