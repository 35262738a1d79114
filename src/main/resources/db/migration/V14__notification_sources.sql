-- The language a report was filed in, so that a notice to its reporter speaks it (reporting.ReporterUpdated).
-- Reports filed before this column existed were filed in whatever the form showed; English is the fallback.
alter table report add column language varchar(5) default 'en' not null;

-- Deadline reminders review has announced (review.DeadlineWatch): once per case, reason and deadline. A changed
-- deadline is a new row; written in the transaction that publishes the alert, so a rolled-back run sends nothing.
create table review_reminder (
    report_id bigint      not null references review_case (report_id),
    reason    varchar(30) not null,
    due_at    timestamp(6) with time zone not null,
    sent_at   timestamp(6) with time zone not null,
    primary key (report_id, reason, due_at)
);

-- Self-assessment reminders announced (assessment.AssessmentReminders): once per manager, period and stage.
create table assessment_reminder (
    manager_id   bigint      not null references employee (id),
    period_start date        not null,
    period_kind  varchar(10) not null,
    stage        varchar(20) not null,
    sent_at      timestamp(6) with time zone not null,
    primary key (manager_id, period_start, period_kind, stage)
);
