// Telephone call-backs (table callbacks; rule M5): what the command center heard from a customer
// after energizing or after a closed complaint, and which answers contradicted the record (each
// opened a case, rule M6).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct CallbackRow {
  std::int64_t id = 0;
  std::optional<std::int64_t> application_id, case_id;
  std::string application_number, case_number;  // read with the row ("" when none)
  bool reached = false;
  std::optional<bool> satisfied;
  bool extra_document = false, visited_more_than_once = false, asked_to_pay = false, exceeded_time = false;
  std::string other;
  std::string mismatches = "[]";  // JSON: [{said, category, zh, en, case_number}]
  int mismatch_count = 0;
  std::optional<std::int64_t> customer_manager_id;  // of the application, when the call was about one
  std::int64_t recorded_by = 0;
  gp::Instant recorded_at = 0;
};

std::int64_t insert_callback(Conn& db, const CallbackRow& r);
void set_callback_mismatches(Conn& db, std::int64_t id, const std::string& mismatches_json, int count);
std::optional<CallbackRow> find_callback(Conn& db, std::int64_t id);
// Newest first; `total` = all rows.
std::vector<CallbackRow> list_callbacks(Conn& db, int offset, int limit, std::int64_t* total);

// rule M5: when each mismatch was heard, per application (the monthly indicators).
std::map<std::int64_t, std::vector<gp::Instant>> callback_mismatch_times(Conn& db);

// rule M5: call-back mismatches per customer manager recorded in [from, to).
std::vector<std::pair<std::int64_t, int>> callback_mismatches_per_manager(Conn& db, gp::Instant from, gp::Instant to);

}  // namespace gp::store
