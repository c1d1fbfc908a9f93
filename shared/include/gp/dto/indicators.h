// GET /api/v1/indicators (rule M4): the monthly indicators as they travel. The server computes
// gp::Indicators (gp/indicators.h) and writes indicators_body(ind); the browser reads the same
// struct (no mirror of its own). `scope` is added by the route: "company", or the manager whose
// own figures they are.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/indicators.h"

namespace gp::dto {

struct StageFigureDto {
  std::string stage, name_zh, name_en;
  int count = 0;
  double average = 0, p90 = 0, max = 0;
  double average_working_days = 0, p90_working_days = 0;
  bool operator==(const StageFigureDto& o) const {
    return stage == o.stage && name_zh == o.name_zh && name_en == o.name_en && count == o.count && average == o.average &&
           p90 == o.p90 && max == o.max && average_working_days == o.average_working_days && p90_working_days == o.p90_working_days;
  }
};

struct WorksFiguresDto {  // rules T4, W1: the supporting works' own clock
  int completed = 0;
  double average_working_days = 0, p90_working_days = 0, on_time_rate = 0;
  std::vector<std::string> rules{"W1", "T4"};
  bool operator==(const WorksFiguresDto& o) const {
    return completed == o.completed && average_working_days == o.average_working_days && p90_working_days == o.p90_working_days &&
           on_time_rate == o.on_time_rate && rules == o.rules;
  }
};

struct ManagerFiguresDto {
  std::int64_t id = 0;
  std::string name;
  int handled = 0, open = 0;
  double average_working_days = 0, on_time_rate = 0;
  std::optional<double> satisfaction;
  int ratings = 0, backfilled = 0;
  int callback_mismatches = 0;  // rule M5
  bool operator==(const ManagerFiguresDto& o) const {
    return id == o.id && name == o.name && handled == o.handled && open == o.open && average_working_days == o.average_working_days &&
           on_time_rate == o.on_time_rate && satisfaction == o.satisfaction && ratings == o.ratings && backfilled == o.backfilled &&
           callback_mismatches == o.callback_mismatches;
  }
};

// "company" or {"manager": {"id", "name"}}.
struct ScopeDto {
  bool company = true;
  std::int64_t manager_id = 0;
  std::string manager_name;
  bool operator==(const ScopeDto& o) const { return company == o.company && manager_id == o.manager_id && manager_name == o.manager_name; }
};

struct IndicatorsBody {
  std::string from, to;                        // YYYY-MM-DD
  std::optional<std::string> customer_type;    // the filter, null for all
  int received = 0, completed = 0, withdrawn = 0;
  double average_working_days = 0, p90_working_days = 0, max_working_days = 0;
  std::vector<StageFigureDto> stages;
  double on_time_rate = 0;
  WorksFiguresDto supporting_works;
  double average_steps = 0;
  std::int64_t cost_to_customer_fen = 0;       // rule F1
  double average_cost_to_customer_fen = 0;
  int charged = 0;
  std::string cost_rule;
  double online_share = 0, hall_share = 0;     // rule D2
  std::string channels_rule = "D2";
  double proactive_share = 0;
  std::optional<double> satisfaction, satisfaction_rate;
  int ratings = 0;
  std::vector<ManagerFiguresDto> managers;
  int backfilled = 0;                          // rule M5
  int callback_mismatches = 0;                 // rule M5: call-back answers contradicting the record
  int prohibition_cases = 0;                   // rule M6: founded ten-prohibitions cases closed in the period
  std::string rule = "M4";
  std::string method;
  std::optional<ScopeDto> scope;               // added by the route
  bool operator==(const IndicatorsBody& o) const;
};
IndicatorsBody indicators_body(const Indicators& ind);

void to_json(nlohmann::json& j, const StageFigureDto& v);
void from_json(const nlohmann::json& j, StageFigureDto& v);
void to_json(nlohmann::json& j, const WorksFiguresDto& v);
void from_json(const nlohmann::json& j, WorksFiguresDto& v);
void to_json(nlohmann::json& j, const ManagerFiguresDto& v);
void from_json(const nlohmann::json& j, ManagerFiguresDto& v);
void to_json(nlohmann::json& j, const ScopeDto& v);
void from_json(const nlohmann::json& j, ScopeDto& v);
void to_json(nlohmann::json& j, const IndicatorsBody& v);
void from_json(const nlohmann::json& j, IndicatorsBody& v);

}  // namespace gp::dto
