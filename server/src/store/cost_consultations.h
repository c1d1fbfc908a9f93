// Cost consultations (造价咨询, rule P4): what the customer stated about the load, the staff's one
// answer and the customer's one rating.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct CostConsultationRow {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string request;  // gp::CostRequest as JSON (gp::to_json), read back by gp::parse_cost_request
  std::string use, area;
  gp::Instant created_at = 0;
  int limit_working_days = 0;  // the company setting when it was asked (frozen: a later change does not move it)
  std::optional<double> recommended_capacity_kva;  // set once, by the answer
  std::string standard_equipment, cost_reference;
  std::optional<std::int64_t> answered_by;
  gp::Instant answered_at = 0;
  std::optional<int> score;  // set once, by the customer's rating
  std::string rating_comment;
  gp::Instant rated_at = 0;
};

std::int64_t insert_cost_consultation(Conn& db, const CostConsultationRow& r);
std::optional<CostConsultationRow> find_cost_consultation(Conn& db, std::int64_t id);

struct CostConsultationQuery {
  std::optional<std::int64_t> customer_id;  // only this customer's
  std::string status;                       // "" | "open" | "answered" | "rated"
  std::string use, area;                    // exact match when not empty
  int offset = 0;
  int limit = 20;
};
// Newest first; `total` = all matching rows.
std::vector<CostConsultationRow> list_cost_consultations(Conn& db, const CostConsultationQuery& q, std::int64_t* total);
// The open ones (no answer yet), for the SLA watch.
std::vector<CostConsultationRow> open_cost_consultations(Conn& db);
// Each records once; false when already answered / rated.
bool answer_cost_consultation(Conn& db, std::int64_t id, double kva, const std::string& equipment, const std::string& cost_reference,
                              std::int64_t by, gp::Instant at);
bool rate_cost_consultation(Conn& db, std::int64_t id, int score, const std::string& comment, gp::Instant at);

}  // namespace gp::store
