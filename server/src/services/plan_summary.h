// The preliminary supply plan of a reserve record or a consultation (rules R1, R2): the plan that
// shared/ computes for the facts, cut to what a preliminary answer needs — the steps and their
// limits, the total time limit, the investment boundary (red line, I1/I2) and a hint of how long
// grid-side supporting works take at that voltage if any are needed (W1).
#pragma once
#include <nlohmann/json.hpp>

#include "gp/rules.h"

namespace gp::server {

nlohmann::json plan_summary(const gp::Plan& plan);

}  // namespace gp::server
