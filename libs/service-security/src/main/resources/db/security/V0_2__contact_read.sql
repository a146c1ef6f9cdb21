-- every read of full contact details: who, when, which person (case, complaint, owner...); written by ContactReadAudit
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
