-- the supervisor's sign-off of a project's monthly visit report
create table visit_report_sign_off (
    project_code varchar(20) not null references residential_project (code),
    month        varchar(7) not null,
    signed_by    text not null,
    signed_at    timestamptz not null,
    note         varchar(2000),
    primary key (project_code, month)
);
