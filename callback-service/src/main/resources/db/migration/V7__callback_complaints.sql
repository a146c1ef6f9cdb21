-- complaints people raised during callbacks, handed to case-service as ComplaintRaisedInCallback events
create table callback_complaint (
    id           varchar(36) primary key,
    task_id      varchar(36) not null references callback_task (id),
    subject_type varchar(20) not null,
    subject_ref  varchar(60) not null,
    description  varchar(2000) not null,
    raised_by    text not null,
    raised_at    timestamptz not null
);
create index callback_complaint_task_idx on callback_complaint (task_id);
