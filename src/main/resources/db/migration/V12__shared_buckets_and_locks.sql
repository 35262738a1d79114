-- Token buckets (Bucket4j) shared by every server node on PostgreSQL: the sign-in throttle's and the public
-- channel's rate limits (shared.PostgresBucketStore). On H2 (one node) they stay in memory and these tables stay
-- empty. id: the bucket's key (the public channel's is a keyed hash, never a client address); state: Bucket4j's
-- bytes; expires_at: epoch milliseconds when the bucket will have refilled, after which the row counts as absent
-- and the scheduled clean-up deletes it.
create table sign_in_throttle_bucket (
    id         varchar(160) not null primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_throttle_bucket_expires_at on sign_in_throttle_bucket (expires_at);

create table public_channel_bucket (
    id         varchar(160) not null primary key,
    state      bytea,
    expires_at bigint
);
create index public_channel_bucket_expires_at on public_channel_bucket (expires_at);

-- ShedLock: one row per scheduled job that must run once across nodes; the node holding the row until lock_until
-- runs it (shared.SchedulingConfiguration). Times are the database's own.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
