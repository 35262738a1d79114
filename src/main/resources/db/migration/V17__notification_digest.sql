-- Rounds of the digest job (notification module): once per person and period, on any node and after any restart.
-- period_key: D2026-12-02 (the daily digest of that day), W2026-W49 (the weekly digest of that ISO week), T2026-W49
-- (the manager's weekly summary of who on the team went unrecognised). A row is written in the transaction that
-- queues the digest and marks its notifications mailed; a round with nothing to mail is a row too, so that the day's
-- digest stays the one at the digest hour. period_start: when that period's digest became due, so that the next
-- digest also takes what a round missed while the portal was down. Kept as long as notifications (keep-for).
create table notification_round (
    recipient_id bigint      not null references employee (id),
    period_key   varchar(12) not null,
    period_start timestamp(6) with time zone not null,
    done_at      timestamp(6) with time zone not null,
    primary key (recipient_id, period_key)
);
create index notification_round_done_ix on notification_round (done_at);

-- A manager's weekly summary names the people of the team; 200 characters held about ten names.
alter table notification alter column detail set data type varchar(1000);
