// Waiting for the customer (rule P1, with T6's pause): when a step can only go on with the
// customer — signing the supply contract, confirming the supply plan, supplying information — the
// application says so, the customer is offered the action, and the company's clock stops.
#include <gtest/gtest.h>

#include <algorithm>

#include "gp/workflow.h"
#include "life.h"

using nlohmann::json;
using gp::Actor;
using gp::AppState;
using gp::Role;

namespace {

using gp::testlife::kDay;
using gp::testlife::lists;
using WaitLife = gp::testlife::Life;

void to_meter(WaitLife& l) {
  l.act(Role::command_center, "accept");
  l.act(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}});
  l.act(Role::customer_manager, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", "具备接电条件"}, {"documents_collected", true}});
  l.act(Role::customer_manager, "complete_inspection", {{"result", "passed"}, {"scope_checked", true}});
  l.act(Role::customer_manager, "install_meter", {{"meter_number", "ZX-000123"}, {"initial_reading", 0}});
}

}  // namespace

// rule P1: the meter is in, nothing but the customer's signature stands before energizing: the
// application waits for the customer (visible, bilingual), the customer is offered the signature
// at the contract's route, and the company's clock does not run until the contract is signed.
TEST(CustomerWait, P1_UnsignedContractIsAVisibleCustomerWaitAndPausesTheClock) {
  WaitLife l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  to_meter(l);
  EXPECT_EQ(l.s.waiting_for, "contract_signature");
  EXPECT_EQ(l.s.status, gp::AppStatus::waiting_customer);
  EXPECT_TRUE(l.s.paused());
  const gp::WaitingText t = gp::waiting_text(l.s.waiting_for);
  EXPECT_EQ(t.party, "customer");
  EXPECT_NE(t.zh.find("签订供用电合同"), std::string::npos);
  EXPECT_NE(t.en.find("sign the supply contract"), std::string::npos);

  const gp::ActionSpec* sign = l.offered(Role::customer, "sign_contract");
  ASSERT_NE(sign, nullptr) << "the customer is offered the signature";
  EXPECT_EQ(sign->route, "contract/sign");
  EXPECT_EQ(l.offered(Role::customer_manager, "energize"), nullptr);
  // Signing is not an event posted to .../actions: the contract's own route hashes the text.
  auto via_actions = gp::validate_action(l.s, WaitLife::as(Role::customer), "sign_contract", json::object(), l.now, lists());
  ASSERT_FALSE(via_actions.ok());
  EXPECT_EQ(via_actions.error().code, "use_route");

  // Five working days (Mon 30 Nov -> Mon 7 Dec 2026) waiting on the customer cost the company nothing.
  const double before = l.company_days_used();
  l.now += 7 * kDay;
  EXPECT_DOUBLE_EQ(l.company_days_used(), before);

  l.system("contract_signed");
  EXPECT_EQ(l.s.waiting_for, "");
  EXPECT_EQ(l.s.status, gp::AppStatus::in_progress);
  EXPECT_FALSE(l.s.paused());
  EXPECT_EQ(l.offered(Role::customer, "sign_contract"), nullptr);
  ASSERT_NE(l.offered(Role::customer_manager, "energize"), nullptr);
  l.act(Role::customer_manager, "energize", {{"energized_at", gp::format_datetime_cst(l.now)}});
  EXPECT_EQ(l.s.status, gp::AppStatus::completed);
  // rule T1 (LV residential: 2 working days): in time, although 7 calendar days passed.
  EXPECT_TRUE(gp::view_of(l.s, gp::Calendar::builtin(), l.now, {}).overall.on_time);
}

// rule P1: a customer who signs as soon as the contract is available never waits.
TEST(CustomerWait, P1_ContractSignedEarlyNoWait) {
  WaitLife l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  l.act(Role::command_center, "accept");
  ASSERT_NE(l.offered(Role::customer, "sign_contract"), nullptr);  // offered once available
  l.system("contract_signed");
  l.act(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}});
  l.act(Role::customer_manager, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", "具备接电条件"}, {"documents_collected", true}});
  l.act(Role::customer_manager, "complete_inspection", {{"result", "passed"}, {"scope_checked", true}});
  l.act(Role::customer_manager, "install_meter", {{"meter_number", "ZX-000123"}, {"initial_reading", 0}});
  EXPECT_EQ(l.s.waiting_for, "");
  EXPECT_FALSE(l.s.paused());
  EXPECT_NE(l.offered(Role::customer_manager, "energize"), nullptr);
}

// rule P1: every wait on the customer is said in both languages and held by the customer.
TEST(CustomerWait, P1_EveryCustomerWaitIsNamed) {
  for (const char* w : {"information", "plan_confirmation", "design", "rectification", "contract_signature"}) {
    const gp::WaitingText t = gp::waiting_text(w);
    EXPECT_EQ(t.party, "customer") << w;
    EXPECT_FALSE(t.zh.empty()) << w;
    EXPECT_FALSE(t.en.empty()) << w;
  }
  EXPECT_EQ(gp::waiting_text("").party, "");
}
