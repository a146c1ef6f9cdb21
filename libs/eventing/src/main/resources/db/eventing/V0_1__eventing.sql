-- Eventing tables shared by every service (each service has its own database).
-- Versions 0.x are reserved for the eventing library; a service's own migrations start at V1.

create table outbox_event (
    sequence_no  bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    payload      text         not null,
    request_id   varchar(100),
    traceparent  varchar(100),
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);

-- The relay reads only unpublished rows, in order; the purge reads only published ones by age.
create index outbox_event_unpublished on outbox_event (sequence_no) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

create index processed_event_processed_at on processed_event (processed_at);

create table dead_letter (
    id                 uuid         primary key,
    consumer_group     varchar(200) not null,
    original_topic     varchar(200) not null,
    original_partition integer      not null,
    original_offset    bigint       not null,
    message_key        varchar(200),
    event_id           varchar(200),
    event_type         varchar(200),
    headers            text         not null,
    payload            bytea,
    exception_class    varchar(500),
    exception_message  text,
    parked_at          timestamptz  not null default now(),
    status             varchar(20)  not null default 'PARKED',
    replayed_at        timestamptz,
    replayed_by        varchar(200),
    unique (consumer_group, original_topic, original_partition, original_offset)
);

create index dead_letter_status on dead_letter (status, parked_at);
