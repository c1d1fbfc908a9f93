// The one fee of electricity access (rule F1): "目前办电业务费用仅有按政府规定收取的双电源客户高可靠性
// 供电费". It is entered with the supply plan (reply_supply_plan) for dual-power customers only,
// recorded in that event, shown in the plan, the supply contract and the indicators (M4).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/error.h"
#include "gp/facts.h"

namespace gp {

// The field of reply_supply_plan that carries the amount, in yuan (2 decimals at most).
constexpr const char* kHighReliabilityFeeField = "high_reliability_fee_yuan";
// An input bound against typing errors (100 million yuan), not a policy value.
constexpr double kMaxHighReliabilityFeeYuan = 100000000.0;

// rule F1: the fee applies to dual-power customers only.
inline bool high_reliability_fee_applies(const Facts& f) { return f.dual_power; }

// The amount in fen of a yuan amount: non-negative, at most kMaxHighReliabilityFeeYuan, at most two
// decimals; the error names `field`.
Result<std::int64_t> high_reliability_fee_fen(double yuan, const std::string& field);

// The refusal of a fee for a customer it does not apply to (rule F1), naming `field`.
Error high_reliability_fee_not_applicable(const std::string& field);

// "1234.50" (yuan with two decimals) from fen.
std::string format_yuan(std::int64_t fen);

}  // namespace gp
