-- Spring Modulith's event publication registry (schema v2), in portable SQL. Events between features are
-- recorded in the publisher's transaction and marked complete when their listener succeeds; incomplete ones
-- are published again when the application restarts. Completed ones are deleted.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(20000)           not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_ix on event_publication (completion_date);
