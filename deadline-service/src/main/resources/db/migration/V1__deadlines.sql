-- Working-day calendars: one official schedule per region and year, as the documented JSON document.
CREATE TABLE calendar_year (
    region     TEXT        NOT NULL,
    year       INT         NOT NULL,
    schedule   JSONB       NOT NULL,
    source     TEXT        NOT NULL,            -- BUILT_IN or ADMIN
    loaded_at  TIMESTAMPTZ NOT NULL,
    loaded_by  TEXT,
    PRIMARY KEY (region, year)
);

-- Deadline clocks: one APPLICANT clock per case, plus one DEPARTMENT clock per joint part.
CREATE TABLE deadline_clock (
    id                     UUID        PRIMARY KEY,
    case_id                TEXT        NOT NULL,
    kind                   TEXT        NOT NULL,   -- APPLICANT / DEPARTMENT
    department_code        TEXT        NOT NULL,
    window_code            TEXT        NOT NULL,
    handler_id             TEXT,
    matter_code            TEXT,
    matter_name            TEXT,
    category               TEXT,
    region                 TEXT        NOT NULL,
    contact_ref            TEXT,
    accepted_at            TIMESTAMPTZ NOT NULL,
    accepted_on            DATE        NOT NULL,
    limit_days             INT         NOT NULL,
    extension_cap_days     INT         NOT NULL,
    extension_days         INT         NOT NULL DEFAULT 0,
    state                  TEXT        NOT NULL,   -- RUNNING / SUSPENDED / STOPPED
    due_on                 DATE        NOT NULL,
    due_at                 TIMESTAMPTZ NOT NULL,
    provisional            BOOLEAN     NOT NULL,
    warn_at                TIMESTAMPTZ,
    level                  SMALLINT    NOT NULL DEFAULT 0, -- 0 NONE, 1 YELLOW, 2 RED; only rises
    next_check_at          TIMESTAMPTZ,             -- when the scan has to look at this clock next
    suspended_working_days INT         NOT NULL DEFAULT 0,
    outcome                TEXT,                    -- ON_TIME / LATE / RETURNED
    used_working_days      INT,
    stopped_at             TIMESTAMPTZ,
    CONSTRAINT deadline_clock_part UNIQUE (case_id, kind, department_code)
);

-- The scan reads only this partial index: running clocks whose next check is due.
CREATE INDEX deadline_clock_due_idx ON deadline_clock (next_check_at)
    WHERE state = 'RUNNING' AND next_check_at IS NOT NULL;
CREATE INDEX deadline_clock_case_idx ON deadline_clock (case_id);
CREATE INDEX deadline_clock_window_idx ON deadline_clock (window_code, state);
-- Calendar corrections look for open clocks whose span touches a year.
CREATE INDEX deadline_clock_open_span_idx ON deadline_clock (region, accepted_on, due_on)
    WHERE state <> 'STOPPED';
CREATE INDEX deadline_clock_stopped_idx ON deadline_clock (stopped_at) WHERE state = 'STOPPED';

CREATE TABLE clock_suspension (
    clock_id      UUID        NOT NULL REFERENCES deadline_clock (id),
    suspension_id TEXT        NOT NULL,
    reason        TEXT,
    suspended_at  TIMESTAMPTZ NOT NULL,
    suspended_on  DATE        NOT NULL,
    resumed_at    TIMESTAMPTZ,
    resumed_on    DATE,
    PRIMARY KEY (clock_id, suspension_id)
);

CREATE TABLE extension (
    id            UUID        PRIMARY KEY,
    case_id       TEXT        NOT NULL,
    clock_id      UUID        NOT NULL REFERENCES deadline_clock (id),
    working_days  INT         NOT NULL CHECK (working_days > 0),
    reason        TEXT        NOT NULL,
    requested_by  TEXT        NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    state         TEXT        NOT NULL,   -- PENDING / APPROVED / REFUSED
    comment       TEXT,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ
);
CREATE INDEX extension_case_idx ON extension (case_id);

CREATE TABLE accountability (
    id             UUID        PRIMARY KEY,
    clock_id       UUID        NOT NULL UNIQUE REFERENCES deadline_clock (id),
    case_id        TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    window_code    TEXT        NOT NULL,
    department_code TEXT       NOT NULL,
    handler_id     TEXT,
    due_at         TIMESTAMPTZ NOT NULL,
    opened_at      TIMESTAMPTZ NOT NULL,
    closed_at      TIMESTAMPTZ,
    closed_by      TEXT,
    justification  TEXT
);
CREATE INDEX accountability_window_idx ON accountability (window_code, closed_at);

-- The 5-working-day supplement-notice rule (art. 32): one pending check per submitted case.
CREATE TABLE supplement_notice_check (
    case_id       TEXT        PRIMARY KEY,
    window_code   TEXT,
    region        TEXT        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    received_on   DATE        NOT NULL,
    lapses_at     TIMESTAMPTZ NOT NULL,
    provisional   BOOLEAN     NOT NULL,
    state         TEXT        NOT NULL,   -- PENDING / RESOLVED / LAPSED
    resolved_by   TEXT,                   -- SUPPLEMENT_REQUESTED / ACCEPTED / RETURNED
    settled_at    TIMESTAMPTZ
);
CREATE INDEX supplement_notice_check_due_idx ON supplement_notice_check (lapses_at) WHERE state = 'PENDING';
