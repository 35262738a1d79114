-- Customer praise HR took off the board again: the entry stays as a tombstone (no story, no recipients, no
-- values, no applause, seen by nobody) so that its report is never turned into an entry a second time.
alter table recognition add column withdrawn_at timestamp(6) with time zone;
