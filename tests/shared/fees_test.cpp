// rule F1: "目前办电业务费用仅有按政府规定收取的双电源客户高可靠性供电费" — the amount entered with the
// supply plan (dual power only), validated to the fen, recorded in the event, printed in the contract.
#include <gtest/gtest.h>

#include "gp/contract.h"
#include "gp/fees.h"
#include "gp/rules.h"
#include "gp/workflow.h"

namespace {
gp::Plan plan_of(bool dual_power) {
  nlohmann::json f = {{"business", "new_connection"}, {"customer_type", "hv"}, {"industry", "industrial"}, {"capacity_kw", 800}};
  if (dual_power) f["dual_power"] = true;
  auto p = gp::evaluate_json(f);
  EXPECT_TRUE(p);
  return p ? p.value() : gp::Plan{};
}
}  // namespace

TEST(Fees, F1_AmountIsNonNegativeBoundedToTheFen) {
  EXPECT_EQ(gp::high_reliability_fee_fen(12345.67, "f").value(), 1234567);
  EXPECT_EQ(gp::high_reliability_fee_fen(0, "f").value(), 0);
  EXPECT_EQ(gp::high_reliability_fee_fen(0.1, "f").value(), 10);
  EXPECT_EQ(gp::high_reliability_fee_fen(100000000, "f").value(), 10000000000LL);
  EXPECT_EQ(gp::high_reliability_fee_fen(-0.01, "f").error().field, "f");
  EXPECT_FALSE(gp::high_reliability_fee_fen(100000000.01, "f"));
  EXPECT_FALSE(gp::high_reliability_fee_fen(1.234, "f"));
  EXPECT_EQ(gp::format_yuan(1234567), "12345.67");
  EXPECT_EQ(gp::format_yuan(5), "0.05");
}

TEST(Fees, F1_OnlyDualPowerCustomersAreAskedForIt) {
  const gp::Plan dual = plan_of(true), single = plan_of(false);
  EXPECT_TRUE(gp::high_reliability_fee_applies(dual.facts));
  EXPECT_FALSE(gp::high_reliability_fee_applies(single.facts));
}

TEST(Fees, F1_ContractPrintsTheRecordedAmount) {
  gp::ContractParties p{"GP-1", "某厂", "邾县工业园2号", "13800000000", "2026-08-05", 1234567};
  const std::string t = gp::supply_contract_text(plan_of(true), p, gp::ServiceConfig::builtin());
  EXPECT_NE(t.find("高可靠性供电费金额：12345.67 元"), std::string::npos) << t;
  EXPECT_NE(t.find("CNY 12345.67"), std::string::npos);
  p.high_reliability_fee_fen.reset();
  EXPECT_EQ(gp::supply_contract_text(plan_of(false), p, gp::ServiceConfig::builtin()).find("12345.67"), std::string::npos);
}
