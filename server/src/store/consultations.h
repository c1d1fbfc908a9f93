// Supply-plan consultations (rule R2): what a firm stated before applying, and the staff's one reply.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct ConsultationRow {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string company, credit_code;
  double capacity_kw = 0, voltage_kv = 0;
  std::string address, industry;
  bool in_provincial_park = false, asset_transfer = false;
  gp::Instant created_at = 0;
  std::optional<std::string> opinion;  // set once, by the reply
  std::optional<std::int64_t> replied_by;
  gp::Instant replied_at = 0;
};

// Inserts (id, opinion and reply ignored) and returns the new id.
std::int64_t insert_consultation(Conn& db, const ConsultationRow& r);
std::optional<ConsultationRow> find_consultation(Conn& db, std::int64_t id);

struct ConsultationQuery {
  std::optional<std::int64_t> customer_id;  // only this customer's
  std::string status;                       // "" | "open" | "replied"
  int offset = 0;
  int limit = 20;
};
// Newest first; `total` = all matching rows.
std::vector<ConsultationRow> list_consultations(Conn& db, const ConsultationQuery& q, std::int64_t* total);
// Records the reply unless one exists (the service checked it in the same transaction).
void reply_consultation(Conn& db, std::int64_t id, const std::string& opinion, std::int64_t by, gp::Instant at);

}  // namespace gp::store
