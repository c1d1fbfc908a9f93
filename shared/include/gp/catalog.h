// The public catalogue (rules G1, G7, P3): what can be done online, the documents each business
// needs, the steps and time limits for each kind of customer, the fee list, the supporting-works
// table, the supervision phone. Generated from the rules themselves, so it can never disagree
// with what an application is actually given.
#pragma once
#include <nlohmann/json.hpp>

#include "gp/rules.h"
#include "gp/service_config.h"

namespace gp {

// A named example case used to publish steps and limits ("LV small/micro with supporting works").
struct Scenario {
  const char* code;
  const char* zh;
  const char* en;
  nlohmann::json facts;
};
const std::vector<Scenario>& publication_scenarios();

nlohmann::json catalog_json(const ServiceConfig& cfg = ServiceConfig::builtin());

}  // namespace gp
