create table note (id uuid primary key, text varchar(200) not null);
create table applied_note (event_id varchar(200) not null, note_id uuid not null, text varchar(200) not null, request_id varchar(100));
