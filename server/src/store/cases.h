// Customer requests and reports (table cases; rule M6): what was submitted, by whom (unless an
// anonymous report), and each step of its handling — assignment with its limit, the answer, the
// closing (founded, and for the ten prohibitions the department, team and person responsible), the
// customer's rating.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct CaseRow {
  std::int64_t id = 0;
  std::string number, kind, category, channel, text;
  bool anonymous = false;
  std::optional<std::int64_t> customer_id;  // the logged-in submitter
  std::string contact_name, contact_phone;
  std::optional<std::int64_t> application_id;
  std::string application_number;           // read with the row ("" when none)
  std::optional<std::int64_t> recorded_by;  // staff who took it by phone
  std::optional<std::int64_t> callback_id;  // opened by a call-back's mismatch (rule M5)
  std::string status = "received";
  std::string department;
  std::optional<std::int64_t> assignee_id;
  gp::Instant assigned_at = 0, due_at = 0;
  std::optional<std::string> answer;
  gp::Instant answered_at = 0;
  gp::Instant closed_at = 0;
  std::string closing_note;
  std::optional<bool> founded;
  std::string responsible_department, responsible_team;
  std::optional<std::int64_t> responsible_person;
  std::optional<int> rating;
  std::string rating_comment;
  gp::Instant created_at = 0;
};

// Inserts (id and handling ignored) and returns the new id.
std::int64_t insert_case(Conn& db, const CaseRow& r);
std::optional<CaseRow> find_case(Conn& db, std::int64_t id);
std::optional<CaseRow> find_case_by_number(Conn& db, const std::string& number);

struct CaseQuery {
  std::vector<std::string> kinds;            // only these kinds (empty: none at all)
  std::optional<std::int64_t> customer_id;   // only this customer's
  std::optional<std::int64_t> assignee_id;   // only those assigned to this person
  std::string status;                        // "" or a status
  int offset = 0;
  int limit = 20;
};
// Newest first; `total` = all matching rows.
std::vector<CaseRow> list_cases(Conn& db, const CaseQuery& q, std::int64_t* total);

void assign_case(Conn& db, std::int64_t id, const std::string& department, std::int64_t assignee, gp::Instant at, gp::Instant due_at);
void answer_case(Conn& db, std::int64_t id, const std::string& answer, gp::Instant at);
struct CaseClosingRow {
  bool founded = false;
  std::string note, department, team;
  std::optional<std::int64_t> person;
};
void close_case(Conn& db, std::int64_t id, const CaseClosingRow& c, gp::Instant at);
void rate_case(Conn& db, std::int64_t id, int rating, const std::string& comment, gp::Instant at);

// Assigned cases not yet answered, soonest due first (the SLA watch, rules M1, M2; a few hundred at most).
std::vector<CaseRow> assigned_cases(Conn& db);

// rule M6: founded ten-prohibitions cases closed in [from, to), per category, department, team, person.
struct ProhibitionCountRow {
  std::string category, department, team;
  std::int64_t person = 0;
  int count = 0;
};
std::vector<ProhibitionCountRow> prohibition_counts(Conn& db, const std::vector<std::string>& categories, gp::Instant from,
                                                    gp::Instant to);

}  // namespace gp::store
