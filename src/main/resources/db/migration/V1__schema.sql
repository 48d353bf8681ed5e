-- Sésame's schema, for the whole mission: accounts and their secrets, personal addresses, one-time
-- tokens, throttling counters, the mail outbox and the audit trail. Portable SQL (H2 2.x, PostgreSQL 15).
-- Times are UTC. Ids come from one sequence per table, handed out 50 at a time by EclipseLink (the
-- first block is 951-1000): ids below 100 stay free for fixed reference and demo rows.

create sequence account_seq start with 1000 increment by 50;
create sequence password_history_seq start with 1000 increment by 50;
create sequence personal_address_seq start with 1000 increment by 50;
create sequence one_time_token_seq start with 1000 increment by 50;
create sequence throttle_counter_seq start with 1000 increment by 50;
create sequence mail_outbox_seq start with 1000 increment by 50;
create sequence audit_event_seq start with 1000 increment by 50;

create table account (
    id                   bigint primary key,
    identifier           varchar(64)  not null,
    last_name            varchar(128) not null,
    first_name           varchar(128) not null,
    birth_date           date,
    student_number       varchar(32),
    staff_number         varchar(32),
    ine                  varchar(11),
    kind                 varchar(16)  not null,
    state                varchar(16)  not null,
    password_hash        varchar(255),
    password_changed_at  timestamp with time zone,
    question_id          varchar(64),
    answer_hash          varchar(255),
    question_changed_at  timestamp with time zone,
    charter_version      varchar(32),
    charter_accepted_at  timestamp with time zone,
    -- Sessions started before this instant are ended at their next request (password changed elsewhere).
    sessions_valid_after timestamp with time zone,
    created_at           timestamp with time zone not null,
    version              bigint not null default 0,
    constraint account_identifier_unique unique (identifier),
    constraint account_kind_check check (kind in ('REGULAR', 'TEMPORARY')),
    constraint account_state_check check (state in ('NOT_ACTIVATED', 'ACTIVE', 'DISABLED'))
);
create index account_student_number_idx on account (student_number);
create index account_staff_number_idx on account (staff_number);
create index account_ine_idx on account (ine);

create table password_history (
    id             bigint primary key,
    account_id     bigint not null references account (id) on delete cascade,
    password_hash  varchar(255) not null,
    created_at     timestamp with time zone not null
);
create index password_history_account_idx on password_history (account_id, created_at);

create table personal_address (
    id            bigint primary key,
    account_id    bigint not null references account (id) on delete cascade,
    address       varchar(254) not null,
    state         varchar(16) not null,
    requested_at  timestamp with time zone not null,
    validated_at  timestamp with time zone,
    version       bigint not null default 0,
    constraint personal_address_state_check check (state in ('PENDING', 'VALIDATED', 'REPLACED'))
);
create index personal_address_account_idx on personal_address (account_id, state);
create index personal_address_address_idx on personal_address (address);

-- Reset links, address validation links: only the SHA-256 of the token is kept.
create table one_time_token (
    id              bigint primary key,
    token_hash      char(64) not null,
    purpose         varchar(32) not null,
    account_id      bigint not null references account (id) on delete cascade,
    target_address  varchar(254),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone,
    voided_at       timestamp with time zone,
    constraint one_time_token_hash_unique unique (token_hash)
);
create index one_time_token_account_idx on one_time_token (account_id, purpose);

-- Failure counters shared by every node: per account, per client address, per session.
create table throttle_counter (
    id            bigint primary key,
    scope         varchar(32) not null,
    subject_key   varchar(128) not null,
    failures      integer not null default 0,
    window_start  timestamp with time zone not null,
    locked_until  timestamp with time zone,
    lock_count    integer not null default 0,
    version       bigint not null default 0,
    constraint throttle_counter_unique unique (scope, subject_key)
);

-- Mails are written here in the transaction of the change and sent after commit by the sender.
create table mail_outbox (
    id               bigint primary key,
    recipient        varchar(254) not null,
    template         varchar(64) not null,
    locale           varchar(8) not null,
    model            varchar(4000) not null,
    status           varchar(16) not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(64),
    claimed_until    timestamp with time zone,
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    last_error       varchar(1000),
    version          bigint not null default 0,
    constraint mail_outbox_status_check check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index mail_outbox_due_idx on mail_outbox (status, next_attempt_at);

create table audit_event (
    id              bigint primary key,
    occurred_at     timestamp with time zone not null,
    event_type      varchar(32) not null,
    account_id      bigint,
    subject_hash    char(64) not null,
    client_address  varchar(64),
    node            varchar(64),
    outcome         varchar(16) not null,
    detail          varchar(255)
);
create index audit_event_account_idx on audit_event (account_id, occurred_at);
