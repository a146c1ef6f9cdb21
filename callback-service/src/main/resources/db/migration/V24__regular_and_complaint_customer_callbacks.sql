-- a customer project's regular callback plans, approved by the supervisor; an approved plan's entries and the
-- callbacks after a customer's complaint was handled join the scheduled customer callbacks
create table regular_callback_plan (
    id                  varchar(36) primary key,
    customer_project_id varchar(36) not null references customer_project (id),
    status              varchar(12) not null,
    proposed_by         text not null,
    proposed_at         timestamptz not null,
    decided_by          text,
    decided_at          timestamptz,
    decision_reason     varchar(2000)
);
-- one plan waiting for its decision per customer project
create unique index regular_callback_plan_proposed_uq on regular_callback_plan (customer_project_id)
    where status = 'PROPOSED';

create table regular_callback_entry (
    plan_id    varchar(36) not null references regular_callback_plan (id),
    seq        int not null,
    planned_on date not null,
    content    varchar(500) not null,
    purpose    varchar(500) not null,
    primary key (plan_id, seq)
);

alter table customer_callback add column content varchar(500);
alter table customer_callback add column purpose varchar(500);
alter table customer_callback add column plan_id varchar(36) references regular_callback_plan (id);
-- the complaint a COMPLAINT callback follows (once per complaint of the project)
alter table customer_callback add column source_ref varchar(120);
create unique index customer_callback_source_uq on customer_callback (customer_project_id, source_ref)
    where source_ref is not null;
