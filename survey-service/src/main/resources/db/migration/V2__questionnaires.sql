-- questionnaire templates, one row per version; a published version never changes
create table questionnaire (
    code         varchar(40) not null,
    version      int not null,
    title        varchar(200) not null,
    purpose      varchar(20) not null,
    questions    jsonb not null,
    published    boolean not null,
    created_by   text not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    primary key (code, version)
);
