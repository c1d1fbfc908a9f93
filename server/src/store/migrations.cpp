#include "store/migrations.h"

namespace gp::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> m = {
      {1, R"SQL(
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('customer','customer_manager','project_manager','command_center','admin')),
  username      TEXT UNIQUE,              -- staff log in by username
  phone         TEXT UNIQUE,              -- customers log in by mobile number
  name          TEXT NOT NULL,
  id_number     TEXT,                     -- optional resident ID (customers)
  password_hash TEXT NOT NULL,            -- argon2id (libsodium crypto_pwhash_str)
  created_at    INTEGER NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  profile       TEXT NOT NULL DEFAULT '{}'  -- staff: public profile for the manager list (rule M3)
);
CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,           -- SHA-256 of the bearer token; the token itself is never stored
  user_id     INTEGER NOT NULL REFERENCES users(id),
  created_at  INTEGER NOT NULL,
  last_seen   INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,           -- absolute expiry
  revoked     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE login_throttle (
  key          TEXT PRIMARY KEY,          -- "login:<login>" or "ip:<address>"
  failures     INTEGER NOT NULL,
  window_start INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE applications (
  id                 INTEGER PRIMARY KEY,
  number             TEXT NOT NULL UNIQUE,
  customer_id        INTEGER NOT NULL REFERENCES users(id),
  created_by         INTEGER NOT NULL REFERENCES users(id),
  channel            TEXT NOT NULL,
  facts              TEXT NOT NULL,        -- JSON as submitted (validated)
  stage_limits       TEXT NOT NULL,        -- the plan's stage limits at submission (configuration may change)
  contact_name       TEXT NOT NULL,
  contact_phone      TEXT NOT NULL,
  address            TEXT NOT NULL,
  meter_lat          REAL,
  meter_lng          REAL,
  submitted_at       INTEGER NOT NULL,
  -- Derived from the events, kept for the queue and the SLA job; rewritten in the same
  -- transaction as every event.
  status             TEXT NOT NULL,
  stage              TEXT NOT NULL,        -- current stage code, or 'done'
  customer_manager_id INTEGER REFERENCES users(id),
  project_manager_id  INTEGER REFERENCES users(id),
  level              TEXT NOT NULL DEFAULT 'normal',
  escalation         INTEGER NOT NULL DEFAULT 0,
  deadline           INTEGER,              -- the whole application's deadline (empty while paused)
  sla_next_at        INTEGER,              -- when the SLA level next changes (the SLA job looks only here)
  completed_at       INTEGER,
  updated_at         INTEGER NOT NULL
);
CREATE INDEX applications_customer ON applications(customer_id);
CREATE INDEX applications_cm ON applications(customer_manager_id, status);
CREATE INDEX applications_status ON applications(status, level);
CREATE INDEX applications_sla_next ON applications(sla_next_at) WHERE sla_next_at IS NOT NULL;
CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER REFERENCES applications(id),
  reservation_id INTEGER REFERENCES reservations(id),
  at             INTEGER NOT NULL,
  type           TEXT NOT NULL,
  actor_id       INTEGER,                 -- NULL for the system
  role           TEXT NOT NULL,
  channel        TEXT NOT NULL,
  data           TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,           -- hash of the event before (the whole history is one chain)
  hash           TEXT NOT NULL            -- SHA-256 over prev_hash and this event's content
);
CREATE INDEX events_application ON events(application_id, id);
CREATE INDEX events_reservation ON events(reservation_id, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  kind           TEXT NOT NULL,
  filename       TEXT NOT NULL,
  mime           TEXT NOT NULL,
  size           INTEGER NOT NULL,
  sha256         TEXT NOT NULL,           -- content stored once under blobs/
  uploaded_by    INTEGER NOT NULL REFERENCES users(id),
  uploaded_at    INTEGER NOT NULL
);
CREATE INDEX documents_application ON documents(application_id);
CREATE TABLE reservations (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,
  channel       TEXT NOT NULL CHECK (channel IN ('phone','online')),
  customer_id   INTEGER REFERENCES users(id),
  name          TEXT NOT NULL,
  phone         TEXT NOT NULL,
  address       TEXT NOT NULL,
  business      TEXT NOT NULL,
  customer_type TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL,
  due_at        INTEGER NOT NULL,          -- rule D4: 20 minutes (phone) / 18 hours (online)
  handled_at    INTEGER,                   -- dispatched (phone) or contacted (online)
  customer_manager_id INTEGER REFERENCES users(id),
  status        TEXT NOT NULL,             -- open | handled | converted | cancelled
  application_id INTEGER REFERENCES applications(id)
);
CREATE TABLE notifications (
  id             INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users(id),
  application_id INTEGER REFERENCES applications(id),
  at             INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  title_zh       TEXT NOT NULL,
  title_en       TEXT NOT NULL,
  body_zh        TEXT NOT NULL DEFAULT '',
  body_en        TEXT NOT NULL DEFAULT '',
  read           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notifications_user ON notifications(user_id, id);
CREATE TABLE sla_marks (
  subject TEXT NOT NULL,                   -- "app:<id>:stage:<i>", "app:<id>", "res:<id>"
  mark    TEXT NOT NULL,                   -- warning | overdue | escalation_1..3
  at      INTEGER NOT NULL,
  PRIMARY KEY (subject, mark)
);
CREATE TABLE contracts (
  application_id INTEGER PRIMARY KEY REFERENCES applications(id),
  text           TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  signed_at      INTEGER,
  method         TEXT,                     -- password | drawn
  signature      TEXT                      -- drawn strokes (JSON) or empty
);
CREATE TRIGGER contracts_signed_immutable BEFORE UPDATE ON contracts WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a signed contract cannot change'); END;
CREATE TABLE ratings (
  application_id INTEGER PRIMARY KEY REFERENCES applications(id),
  customer_id    INTEGER NOT NULL REFERENCES users(id),
  manager_id     INTEGER REFERENCES users(id),
  service_score  INTEGER NOT NULL CHECK (service_score BETWEEN 1 AND 5),
  manager_score  INTEGER CHECK (manager_score BETWEEN 1 AND 5),
  comment        TEXT NOT NULL DEFAULT '',
  at             INTEGER NOT NULL
);
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE counters (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
)SQL"},
      // Staff operations and supervision (issue 5): the reserve pool (R1–R3), consultations (R2),
      // open grid capacity and its query log (R4), outage records (G5).
      {2, R"SQL(
CREATE TABLE reserve_projects (
  id               INTEGER PRIMARY KEY,
  approval_number  TEXT NOT NULL UNIQUE,     -- from the government project-approval system
  project_name     TEXT NOT NULL,
  company          TEXT NOT NULL,
  credit_code      TEXT NOT NULL,
  address          TEXT NOT NULL,
  capacity_kw      REAL NOT NULL,
  voltage_kv       REAL NOT NULL,
  industry         TEXT NOT NULL,
  in_provincial_park INTEGER NOT NULL,
  expected_date    TEXT,                     -- YYYY-MM-DD or NULL
  contact_name     TEXT NOT NULL DEFAULT '',
  contact_phone    TEXT NOT NULL DEFAULT '',
  source           TEXT NOT NULL,            -- csv | json
  imported_at      INTEGER NOT NULL,
  imported_by      INTEGER NOT NULL REFERENCES users(id),
  status           TEXT NOT NULL DEFAULT 'reserve',  -- reserve | converted
  application_id   INTEGER REFERENCES applications(id),
  converted_at     INTEGER,
  converted_by     INTEGER REFERENCES users(id)
);
CREATE INDEX reserve_projects_status ON reserve_projects(status, id);
CREATE TABLE consultations (
  id             INTEGER PRIMARY KEY,
  customer_id    INTEGER NOT NULL REFERENCES users(id),
  company        TEXT NOT NULL,
  credit_code    TEXT NOT NULL,
  capacity_kw    REAL NOT NULL,
  voltage_kv     REAL NOT NULL,
  address        TEXT NOT NULL,
  industry       TEXT NOT NULL,
  in_provincial_park INTEGER NOT NULL,
  asset_transfer INTEGER NOT NULL,
  created_at     INTEGER NOT NULL,
  opinion        TEXT,                       -- the company's reply
  replied_by     INTEGER REFERENCES users(id),
  replied_at     INTEGER
);
CREATE INDEX consultations_customer ON consultations(customer_id, id);
CREATE TABLE grid_capacity (
  id            INTEGER PRIMARY KEY,
  area          TEXT NOT NULL,
  feeder        TEXT NOT NULL,
  voltage_kv    REAL NOT NULL,
  capacity_kva  REAL NOT NULL,
  available_kva REAL NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  updated_at    INTEGER NOT NULL,
  updated_by    INTEGER NOT NULL REFERENCES users(id),
  UNIQUE (area, feeder)
);
CREATE TABLE capacity_queries (
  id             INTEGER PRIMARY KEY,
  at             INTEGER NOT NULL,
  user_id        INTEGER REFERENCES users(id),  -- NULL: not logged in
  area           TEXT NOT NULL,                 -- as asked ('' = every area)
  client_address TEXT NOT NULL,
  results        INTEGER NOT NULL
);
CREATE INDEX capacity_queries_at ON capacity_queries(at);
CREATE TABLE outages (
  id                 INTEGER PRIMARY KEY,
  area               TEXT NOT NULL CHECK (area IN ('urban','rural')),
  start_at           INTEGER NOT NULL,
  end_at             INTEGER NOT NULL,
  customers_affected INTEGER NOT NULL,
  feeder             TEXT NOT NULL DEFAULT '',
  cause              TEXT NOT NULL DEFAULT '',
  recorded_at        INTEGER NOT NULL,
  recorded_by        INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX outages_period ON outages(start_at, end_at);
)SQL"},
      // Scale (issue 6, docs/performance.md). Staff lists by role (every new application's manager
      // choice, every SLA notice to the command center) read the whole users table, customers
      // included; the least loaded project manager was found by counting every open application
      // once per manager (no index led from the manager); a queue page sorted every open application.
      {3, R"SQL(
CREATE INDEX users_role ON users(role);
CREATE INDEX applications_pm ON applications(project_manager_id, status);
-- The queues' urgency order of open applications (store/applications.cpp list_applications must
-- spell the same expressions): a page is read off this index instead of sorting them all.
CREATE INDEX applications_open_urgency ON applications(
  CASE level WHEN 'overdue' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, escalation DESC,
  COALESCE(deadline, 9223372036854775807), id) WHERE status IN ('in_progress','waiting_customer');
)SQL"},
      // Each manager's number of open applications, kept by triggers as applications change: the
      // least loaded manager for a new application (rule G6) is then one row per manager, where
      // counting the open applications cost every creation ~15 ms at 100,000 (performance.md).
      {4, R"SQL(
CREATE TABLE manager_load (
  user_id INTEGER PRIMARY KEY REFERENCES users(id),
  open_cm INTEGER NOT NULL DEFAULT 0,     -- open applications with this user as customer manager
  open_pm INTEGER NOT NULL DEFAULT 0      -- ... as project manager
);
INSERT INTO manager_load(user_id, open_cm, open_pm)
SELECT m, SUM(c), SUM(p) FROM (
  SELECT customer_manager_id AS m, 1 AS c, 0 AS p FROM applications
   WHERE customer_manager_id IS NOT NULL AND status IN ('in_progress','waiting_customer')
  UNION ALL
  SELECT project_manager_id, 0, 1 FROM applications
   WHERE project_manager_id IS NOT NULL AND status IN ('in_progress','waiting_customer')
) GROUP BY m;
CREATE TRIGGER manager_load_insert AFTER INSERT ON applications
WHEN NEW.status IN ('in_progress','waiting_customer')
BEGIN
  INSERT INTO manager_load(user_id, open_cm) SELECT NEW.customer_manager_id, 1 WHERE NEW.customer_manager_id IS NOT NULL
    ON CONFLICT(user_id) DO UPDATE SET open_cm = open_cm + 1;
  INSERT INTO manager_load(user_id, open_pm) SELECT NEW.project_manager_id, 1 WHERE NEW.project_manager_id IS NOT NULL
    ON CONFLICT(user_id) DO UPDATE SET open_pm = open_pm + 1;
END;
CREATE TRIGGER manager_load_update AFTER UPDATE OF status, customer_manager_id, project_manager_id ON applications
WHEN OLD.status IS NOT NEW.status OR OLD.customer_manager_id IS NOT NEW.customer_manager_id
  OR OLD.project_manager_id IS NOT NEW.project_manager_id
BEGIN
  UPDATE manager_load SET open_cm = open_cm - 1
   WHERE user_id = OLD.customer_manager_id AND OLD.status IN ('in_progress','waiting_customer');
  UPDATE manager_load SET open_pm = open_pm - 1
   WHERE user_id = OLD.project_manager_id AND OLD.status IN ('in_progress','waiting_customer');
  INSERT INTO manager_load(user_id, open_cm) SELECT NEW.customer_manager_id, 1
   WHERE NEW.customer_manager_id IS NOT NULL AND NEW.status IN ('in_progress','waiting_customer')
    ON CONFLICT(user_id) DO UPDATE SET open_cm = open_cm + 1;
  INSERT INTO manager_load(user_id, open_pm) SELECT NEW.project_manager_id, 1
   WHERE NEW.project_manager_id IS NOT NULL AND NEW.status IN ('in_progress','waiting_customer')
    ON CONFLICT(user_id) DO UPDATE SET open_pm = open_pm + 1;
END;
)SQL"},
      // A manager's queue in urgency order, read off an index per manager role (the same order as
      // applications_open_urgency, led by the manager): list_applications merges the customer
      // manager's and the project manager's arms instead of sorting all of a manager's open
      // applications on every page (~2,500 each at 100,000; docs/performance.md). Events of
      // reservations are a handful among millions of application events: their index keeps only
      // those (2.5 % of the database was an index of NULLs).
      {5, R"SQL(
DROP INDEX events_reservation;
CREATE INDEX events_reservation ON events(reservation_id, id) WHERE reservation_id IS NOT NULL;
CREATE INDEX applications_cm_open_urgency ON applications(customer_manager_id,
  CASE level WHEN 'overdue' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, escalation DESC,
  COALESCE(deadline, 9223372036854775807), id) WHERE status IN ('in_progress','waiting_customer');
CREATE INDEX applications_pm_open_urgency ON applications(project_manager_id,
  CASE level WHEN 'overdue' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, escalation DESC,
  COALESCE(deadline, 9223372036854775807), id) WHERE status IN ('in_progress','waiting_customer');
)SQL"},
      // Proving a phone number (issue 15, hole 1): SMS one-time codes (stored salted and hashed),
      // the outbox every SMS is written to in the transaction that causes it (a background sender
      // delivers it, retrying while the gateway is down), per-key counters for throttles, and the
      // claim codes of applications taken at the hall. A hall record has no phone of its own any
      // more (only an account whose owner proved the number may hold it): passwordless accounts of
      // earlier versions are turned into such records, keeping the number in their profile.
      {6, R"SQL(
CREATE TABLE sms_outbox (
  id              INTEGER PRIMARY KEY,
  phone           TEXT NOT NULL,
  purpose         TEXT NOT NULL,             -- register | claim | hall_receipt | attach_request
  params          TEXT,                      -- JSON template parameters; NULL once a code is no longer needed
  holds_code      INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,          -- wall-clock seconds (never the test clock: retries need real time)
  expires_at      INTEGER NOT NULL,          -- not delivered by then: dropped (a late code is useless)
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','expired')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  sent_at         INTEGER,
  last_error      TEXT
);
CREATE INDEX sms_outbox_due ON sms_outbox(next_attempt_at) WHERE status = 'pending';
CREATE TABLE sms_codes (
  id         INTEGER PRIMARY KEY,
  phone      TEXT NOT NULL,
  purpose    TEXT NOT NULL CHECK (purpose IN ('register','claim')),
  salt       TEXT NOT NULL,
  code_hash  TEXT NOT NULL,                  -- SHA-256(salt || code): the code itself is never stored
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  tries      INTEGER NOT NULL DEFAULT 0,
  used_at    INTEGER
);
CREATE INDEX sms_codes_phone ON sms_codes(phone, created_at);
CREATE TABLE rate_counters (
  key          TEXT PRIMARY KEY,             -- "sms-ip:<address>", "register-ip:<address>"
  window_start INTEGER NOT NULL,
  count        INTEGER NOT NULL
);
CREATE TABLE hall_claims (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id),
  phone          TEXT NOT NULL,              -- the number staff typed
  name           TEXT NOT NULL,              -- the name staff typed
  owner_id       INTEGER REFERENCES users(id), -- the account that held the number then: may accept without a code
  salt           TEXT NOT NULL,
  code_hash      TEXT NOT NULL,              -- SHA-256(salt || claim code)
  created_at     INTEGER NOT NULL,
  expires_at     INTEGER NOT NULL,
  tries          INTEGER NOT NULL DEFAULT 0,
  claimed_by     INTEGER REFERENCES users(id),
  claimed_at     INTEGER
);
CREATE INDEX hall_claims_phone ON hall_claims(phone) WHERE claimed_at IS NULL;
CREATE INDEX hall_claims_owner ON hall_claims(owner_id) WHERE claimed_at IS NULL;
UPDATE users SET profile = json_set(profile, '$.hall_phone', phone), phone = NULL
 WHERE role = 'customer' AND password_hash = '' AND phone IS NOT NULL;
)SQL"},
      // Account hardening (issue 15): the second factor of staff (TOTP, RFC 6238) with single-use
      // recovery codes (only their hashes), and the devices that logged in before (only the hash of
      // the cookie's token), whose own failures are counted apart from an anonymous attacker's.
      // login_throttle keeps its columns: window_start is now the last failure, locked_until the
      // earliest next attempt (progressive delays, services/auth_service.cpp).
      {7, R"SQL(
CREATE TABLE user_totp (
  user_id    INTEGER PRIMARY KEY REFERENCES users(id),
  secret     TEXT NOT NULL,               -- base32; shown once at setup, never returned again
  enabled    INTEGER NOT NULL DEFAULT 0,  -- 1 once a code from the authenticator confirmed it
  last_step  INTEGER NOT NULL DEFAULT 0,  -- the last 30-second step used: a code is never accepted twice
  created_at INTEGER NOT NULL
);
CREATE TABLE totp_recovery_codes (
  user_id   INTEGER NOT NULL REFERENCES users(id),
  code_hash TEXT NOT NULL,                -- SHA-256 of the normalized code
  used_at   INTEGER,
  PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE known_devices (
  token_hash TEXT PRIMARY KEY,            -- SHA-256 of the gp_device cookie's token
  user_id    INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  last_used  INTEGER NOT NULL
);
CREATE INDEX known_devices_user ON known_devices(user_id);
)SQL"},
      // Kiosk devices (issue 15): the channel "kiosk" is recorded only for requests that carry a
      // registered device's token (X-GetPower-Kiosk-Device). Only a hash of each token is kept.
      {8, R"SQL(
CREATE TABLE kiosk_devices (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,              -- where it stands ("城关营业厅 1号机")
  token_hash  TEXT NOT NULL UNIQUE,       -- SHA-256 of the device token; the token is shown once
  created_at  INTEGER NOT NULL,
  created_by  INTEGER REFERENCES users(id),
  revoked_at  INTEGER                     -- NULL while in service
);
)SQL"},
      // Issue 15 (data protection). Resident ID numbers are sealed with a key kept outside the
      // database (store/id_cipher.h): users.id_number holds "v1:<base64>", found through a keyed
      // hash; id_key_check holds a known text sealed with the key, so a server started with another
      // key refuses to start instead of reading garbage. The plaintext of older databases is sealed
      // by protect_id_numbers at start-up (C++, after this migration). Documents are stored by
      // content: the index counts the rows that still reference a file before it is deleted.
      {9, R"SQL(
ALTER TABLE users ADD COLUMN id_number_lookup TEXT;
CREATE INDEX users_id_number_lookup ON users(id_number_lookup) WHERE id_number_lookup IS NOT NULL;
CREATE TABLE id_key_check (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  sealed TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents(sha256);
)SQL"},
      // Issue 10, rule W2: the works contract (服务契约) the customer signs online, one version per
      // state of the recorded supporting works (version = the works items it covers); each version
      // frozen when issued and immutable once signed, like the supply contract.
      {10, R"SQL(
CREATE TABLE works_contracts (
  application_id INTEGER NOT NULL REFERENCES applications(id),
  version        INTEGER NOT NULL,
  text           TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  issued_at      INTEGER NOT NULL,
  signed_at      INTEGER,
  method         TEXT,                     -- password | drawn
  signature      TEXT,                     -- drawn strokes (JSON) or empty
  PRIMARY KEY (application_id, version)
);
CREATE TRIGGER works_contracts_signed_immutable BEFORE UPDATE ON works_contracts WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a signed works contract cannot change'); END;
CREATE TRIGGER works_contracts_no_delete BEFORE DELETE ON works_contracts
BEGIN SELECT RAISE(ABORT, 'a works contract is never deleted'); END;
)SQL"},
      // --- rule P4 (issue 11): cost consultations, temporary-transformer rental packages and the
      // package a temporary-supply application chose (its terms frozen at the choice).
      {11, R"SQL(
CREATE TABLE cost_consultations (
  id                       INTEGER PRIMARY KEY,
  customer_id              INTEGER NOT NULL REFERENCES users(id),
  request                  TEXT NOT NULL,          -- gp::CostRequest as JSON
  use                      TEXT NOT NULL,
  area                     TEXT NOT NULL,
  created_at               INTEGER NOT NULL,
  limit_working_days       INTEGER NOT NULL,       -- the company setting when asked
  recommended_capacity_kva REAL,                   -- NULL while open
  standard_equipment       TEXT NOT NULL DEFAULT '',
  cost_reference           TEXT NOT NULL DEFAULT '',
  answered_by              INTEGER REFERENCES users(id),
  answered_at              INTEGER NOT NULL DEFAULT 0,
  score                    INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
  rating_comment           TEXT NOT NULL DEFAULT '',
  rated_at                 INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cost_consultations_customer ON cost_consultations(customer_id, id);
CREATE INDEX cost_consultations_open ON cost_consultations(id) WHERE recommended_capacity_kva IS NULL;
CREATE TABLE rental_packages (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL,
  capacity_kva      REAL NOT NULL,
  monthly_price_fen INTEGER NOT NULL,
  deposit_fen       INTEGER NOT NULL,
  min_term_months   INTEGER NOT NULL,
  active            INTEGER NOT NULL DEFAULT 1,
  updated_at        INTEGER NOT NULL
);
CREATE TABLE application_rentals (
  application_id    INTEGER PRIMARY KEY REFERENCES applications(id),
  package_id        INTEGER NOT NULL REFERENCES rental_packages(id),
  name              TEXT NOT NULL,
  capacity_kva      REAL NOT NULL,
  monthly_price_fen INTEGER NOT NULL,
  deposit_fen       INTEGER NOT NULL,
  min_term_months   INTEGER NOT NULL,
  chosen_at         INTEGER NOT NULL
);
)SQL"},
      // Issue 11, rule P3 (公开信息): the contractor directory (never deleted: staff expire a record
      // by hand, every change traced) and the published documents, one row per version (never
      // changed or deleted), with their attachments stored by content under <data>/published/.
      {12, R"SQL(
CREATE TABLE contractors (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('design', 'construction', 'test')),
  categories     TEXT NOT NULL DEFAULT '',   -- construction: install|repair|test (承装/承修/承试)
  name           TEXT NOT NULL,
  credit_code    TEXT NOT NULL,
  licence_number TEXT NOT NULL,
  licence_class  TEXT NOT NULL,
  scope          TEXT NOT NULL,
  valid_from     TEXT NOT NULL,              -- YYYY-MM-DD
  valid_until    TEXT NOT NULL,
  county         TEXT NOT NULL,
  phone          TEXT NOT NULL,
  withdrawn_at   INTEGER,                    -- expired by hand (revoked); NULL otherwise
  created_at     INTEGER NOT NULL,
  created_by     INTEGER REFERENCES users(id),
  updated_at     INTEGER NOT NULL,
  updated_by     INTEGER REFERENCES users(id),
  UNIQUE (kind, licence_number)
);
CREATE TRIGGER contractors_no_delete BEFORE DELETE ON contractors
BEGIN SELECT RAISE(ABORT, 'a contractor record is never deleted'); END;
CREATE TABLE publications (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,
  version      INTEGER NOT NULL,
  title        TEXT NOT NULL,
  body         TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  published_by INTEGER REFERENCES users(id),
  UNIQUE (kind, version)
);
CREATE TABLE publication_files (
  id             INTEGER PRIMARY KEY,
  publication_id INTEGER NOT NULL REFERENCES publications(id),
  filename       TEXT NOT NULL,
  mime           TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  size           INTEGER NOT NULL
);
CREATE INDEX publication_files_publication ON publication_files(publication_id);
CREATE TRIGGER publications_immutable BEFORE UPDATE ON publications
BEGIN SELECT RAISE(ABORT, 'a published version never changes'); END;
CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
BEGIN SELECT RAISE(ABORT, 'a published version is never deleted'); END;
CREATE TRIGGER publication_files_immutable BEFORE UPDATE ON publication_files
BEGIN SELECT RAISE(ABORT, 'a published file never changes'); END;
CREATE TRIGGER publication_files_no_delete BEFORE DELETE ON publication_files
BEGIN SELECT RAISE(ABORT, 'a published file is never deleted'); END;
)SQL"},
      // Issue 11, rules M6 and M5 (customer requests and reports; call-backs): a case is submitted
      // online, at the kiosk or by phone through the command center (or opened by a call-back's
      // mismatch), assigned to a department and person with the company's handling limit, answered,
      // closed (a founded ten-prohibitions case names department, team and person) and rated.
      // Reports are confidential: their text and reporter are read by the discipline inspector only.
      // The role discipline_inspector (纪检) joins users.role's CHECK. SQLite cannot alter a CHECK and
      // a table rebuild would rewrite every REFERENCES users(id) while foreign keys are on; widening a
      // CHECK changes no stored row, so the schema text is edited in place, the way SQLite documents
      // for such changes (writable_schema; RESET reloads the schema for this connection).
      {13, R"SQL(
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, '''command_center'',''admin'')', '''command_center'',''admin'',''discipline_inspector'')')
 WHERE type = 'table' AND name = 'users';
PRAGMA writable_schema = RESET;
CREATE TABLE cases (
  id                     INTEGER PRIMARY KEY,
  number                 TEXT NOT NULL UNIQUE,
  kind                   TEXT NOT NULL,          -- complaint | report | opinion | suggestion
  category               TEXT NOT NULL,
  channel                TEXT NOT NULL,          -- online | kiosk | phone | callback
  text                   TEXT NOT NULL,
  anonymous              INTEGER NOT NULL DEFAULT 0,
  customer_id            INTEGER REFERENCES users(id),
  contact_name           TEXT NOT NULL DEFAULT '',
  contact_phone          TEXT NOT NULL DEFAULT '',
  application_id         INTEGER REFERENCES applications(id),
  recorded_by            INTEGER REFERENCES users(id),
  callback_id            INTEGER,
  status                 TEXT NOT NULL,          -- received | assigned | answered | closed
  department             TEXT,
  assignee_id            INTEGER REFERENCES users(id),
  assigned_at            INTEGER,
  due_at                 INTEGER,
  answer                 TEXT,
  answered_at            INTEGER,
  closed_at              INTEGER,
  closing_note           TEXT,
  founded                INTEGER,
  responsible_department TEXT,
  responsible_team       TEXT,
  responsible_person     INTEGER REFERENCES users(id),
  rating                 INTEGER,
  rating_comment         TEXT,
  rated_at               INTEGER,
  created_at             INTEGER NOT NULL
);
CREATE INDEX cases_kind ON cases(kind, status, id);
CREATE INDEX cases_customer ON cases(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX cases_assignee ON cases(assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX cases_assigned ON cases(due_at) WHERE status = 'assigned';
CREATE INDEX cases_closed ON cases(closed_at) WHERE status = 'closed';
CREATE TABLE callbacks (
  id                     INTEGER PRIMARY KEY,
  application_id         INTEGER REFERENCES applications(id),
  case_id                INTEGER REFERENCES cases(id),
  reached                INTEGER NOT NULL,
  satisfied              INTEGER,
  extra_document         INTEGER NOT NULL,
  visited_more_than_once INTEGER NOT NULL,
  asked_to_pay           INTEGER NOT NULL,
  exceeded_time          INTEGER NOT NULL,
  other                  TEXT NOT NULL DEFAULT '',
  mismatches             TEXT NOT NULL DEFAULT '[]',
  mismatch_count         INTEGER NOT NULL DEFAULT 0,
  customer_manager_id    INTEGER REFERENCES users(id),
  recorded_by            INTEGER NOT NULL REFERENCES users(id),
  recorded_at            INTEGER NOT NULL
);
CREATE INDEX callbacks_recorded ON callbacks(recorded_at);
)SQL"},
      // Rule M7, work-ticket grabbing (抢单): when the application was offered to the managers' pool
      // (empty: never pooled). It stays pooled while customer_manager_id is empty.
      {14, R"SQL(
ALTER TABLE applications ADD COLUMN pooled_at INTEGER;
CREATE INDEX applications_pool ON applications(pooled_at) WHERE pooled_at IS NOT NULL AND customer_manager_id IS NULL;
)SQL"},
  };
  return m;
}

}  // namespace gp::store
