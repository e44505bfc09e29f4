-- E-mails to send (shared.outbox.Outbox): written in the transaction of the change that
-- causes them, so none is sent for a rolled-back change, and sent by a scheduled worker on
-- every replica that claims due rows with FOR UPDATE SKIP LOCKED (OutboxWorker). A failed
-- sending is retried later (next_attempt_at, backoff), then FAILED after the last attempt.
-- A dedup_key, when given, is unique: a digest or a reminder is enqueued at most once per key.
-- Sent and failed rows are deleted after the retention (their links may still be valid).
create table outbox_mail (
    id              uuid          primary key,
    recipient       varchar(320)  not null,
    subject         varchar(500)  not null,
    text_body       text          not null,
    html_body       text,
    dedup_key       varchar(300)  unique,
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      text,
    created_at      timestamptz   not null,
    sent_at         timestamptz
);

create index outbox_mail_due_idx on outbox_mail (next_attempt_at) where status = 'PENDING';
create index outbox_mail_created_idx on outbox_mail (created_at) where status <> 'PENDING';
