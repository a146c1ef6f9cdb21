-- Every notice sent to the applicant about a case (supplement notice, acceptance, deemed acceptance, extension,
-- return, completion), as published on hall.notification-requests, so the case view can show what they were told.
create table applicant_notice (
    notification_id text        primary key,
    case_id         text        not null,
    template        text        not null,
    text            text        not null,
    requested_at    timestamptz not null
);
create index applicant_notice_case_idx on applicant_notice (case_id, requested_at);
