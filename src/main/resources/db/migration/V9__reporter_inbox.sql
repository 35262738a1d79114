-- HR review owns the case and its workflow (review_case.status keeps its values); the report keeps what its
-- reporter is shown, in the reporter's own words: NEW is "received", DISMISSED "closed", FORWARDED "passed on".
update report set status = 'RECEIVED' where status = 'NEW';
update report set status = 'CLOSED' where status = 'DISMISSED';
update report set status = 'PASSED_ON' where status = 'FORWARDED';
update report_status_change set status = 'RECEIVED' where status = 'NEW';
update report_status_change set status = 'CLOSED' where status = 'DISMISSED';
update report_status_change set status = 'PASSED_ON' where status = 'FORWARDED';

-- Reporting's own HR queue is gone (review's queue is the one); so are the reply times it mirrored.
drop index report_status_filed_ix;
alter table report drop column first_reply_at;
alter table report drop column last_reporter_message_at;
