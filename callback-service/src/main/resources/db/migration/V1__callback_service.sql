-- callback-service's own tables come with its features; the eventing tables are created by the eventing library (V0_x).
create table service_info (name varchar(100) primary key, value varchar(500) not null);
insert into service_info (name, value) values ('schema', 'callback-service');
