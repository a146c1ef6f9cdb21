-- a company's customer projects and the callbacks their rules schedule (after-sales, maintenance)
create table customer_project (
    id               varchar(36) primary key,
    customer         varchar(200) not null,
    accepted_on      date not null,
    handed_over_on   date,
    warranty_months  int not null,
    convenient_times varchar(200),
    registered_by    text not null,
    registered_at    timestamptz not null
);

create table customer_callback (
    id                  varchar(36) primary key,
    customer_project_id varchar(36) not null references customer_project (id),
    kind                varchar(15) not null,
    seq                 int not null,
    opens_on            date not null,
    due_by              date not null,
    done_at             timestamptz,
    done_by             text,
    notes               varchar(2000),
    announced           boolean not null default false,
    constraint customer_callback_uq unique (customer_project_id, kind, seq)
);
create index customer_callback_due_idx on customer_callback (opens_on) where done_at is null and not announced;
