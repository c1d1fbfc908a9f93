// The works contract (服务契约, rule W2): "商定配套电网工程完成时间、双方责任界面并严格执行，配套工程完成
// 时间不得晚于客户工程完成时间" — the agreed date within W1's limit, never after the customer's works
// (or, without customer works, after the intended connection date), signed online, breach when missed.
#include <gtest/gtest.h>

#include "gp/works_contract.h"

using nlohmann::json;

namespace {
const gp::Instant kMon = 1796004000;  // 2026-11-30T10:00:00+08:00 (a Monday)
const gp::Calendar& cal() { return gp::Calendar::builtin(); }

gp::WorksDateBounds overhead_10kv() {
  gp::WorksDateBounds b;
  b.start = kMon;
  b.limit_working_days = 20;  // rule W1: 10 kV overhead line, 20 working days
  return b;
}

gp::AppState hv_with_works(const json& extra = json::object()) {
  json facts = {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 2000},
                {"supporting_works", json::array({{{"kind", "overhead_line"}, {"voltage_kv", 10}}})}};
  for (auto it = extra.begin(); it != extra.end(); ++it) facts[it.key()] = it.value();
  auto p = gp::evaluate_json(facts);
  EXPECT_TRUE(p.ok());
  gp::AppState s = gp::start_application(p.value(), kMon, "online");
  gp::Event e;
  e.at = kMon;
  e.type = "accept";
  gp::apply_event(s, e);
  return s;
}

gp::Actor as(gp::Role r) {
  gp::Actor a;
  a.role = r;
  a.owner = r == gp::Role::customer;
  a.assigned_project_manager = r == gp::Role::project_manager;
  return a;
}
}  // namespace

// rule W1 in W2: 20 working days from Mon 2026-11-30 end on Mon 2026-12-28 (no holiday between).
TEST(WorksContract, W2_AgreedDateNoLaterThanTheW1Limit) {
  EXPECT_EQ(gp::works_limit_date(cal(), kMon, 20).iso(), "2026-12-28");
  const gp::Date today{2026, 11, 30};
  EXPECT_FALSE(gp::check_works_agreed_date(cal(), overhead_10kv(), {2026, 12, 28}, today, "f"));
  auto e = gp::check_works_agreed_date(cal(), overhead_10kv(), {2026, 12, 29}, today, "f");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "beyond_works_limit");
  EXPECT_EQ(e->field, "f");
  EXPECT_TRUE(gp::check_works_agreed_date(cal(), overhead_10kv(), {2026, 11, 29}, today, "f"));  // not in the past
}

// rule W2: "配套工程完成时间不得晚于客户工程完成时间".
TEST(WorksContract, W2_AgreedDateNoLaterThanTheCustomersCompletion) {
  auto b = overhead_10kv();
  b.plan_has_customer_works = true;
  b.customer_completion = gp::Date{2026, 12, 18};
  const gp::Date today{2026, 11, 30};
  EXPECT_FALSE(gp::check_works_agreed_date(cal(), b, {2026, 12, 18}, today, "f"));
  auto e = gp::check_works_agreed_date(cal(), b, {2026, 12, 21}, today, "f");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "contract_date_too_late");
}

// rule W2 with no customer-works step: the customer's intended connection date bounds the works.
TEST(WorksContract, W2_IntendedConnectionDateBoundsWhenNoCustomerWorks) {
  auto b = overhead_10kv();
  b.intended_connection = gp::Date{2026, 12, 15};
  const gp::Date today{2026, 11, 30};
  EXPECT_FALSE(gp::check_works_agreed_date(cal(), b, {2026, 12, 15}, today, "f"));
  auto e = gp::check_works_agreed_date(cal(), b, {2026, 12, 16}, today, "f");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "contract_date_too_late");
  b.plan_has_customer_works = true;  // with customer works, their completion date is the bound instead
  EXPECT_FALSE(gp::check_works_agreed_date(cal(), b, {2026, 12, 16}, today, "f"));
  EXPECT_FALSE(gp::parse_intended_connection_date("2026-11-29", today, "intended_connection_date").ok());
  EXPECT_TRUE(gp::parse_intended_connection_date("2026-12-15", today, "intended_connection_date").ok());
}

// rule W2 through the workflow: the project manager's proposal is refused beyond 20 working days or
// after the intended connection date; once recorded, the customer is offered the signature at the
// works contract's route, and a signed version stops the offer until works are added.
TEST(WorksContract, W2_ProposalCheckedAndSignedByTheCustomer) {
  gp::AppState s = hv_with_works();
  gp::Event sub;
  sub.at = kMon;
  sub.type = "submitted";
  sub.data = {{"intended_connection_date", "2026-12-21"}};
  gp::apply_event(s, sub);
  ASSERT_EQ(s.intended_connection_date->iso(), "2026-12-21");
  auto propose = [&](const char* date) {
    return gp::validate_action(s, as(gp::Role::project_manager), "record_supporting_works",
                               {{"kind", "overhead_line"}, {"voltage_kv", "10"}, {"agreed_completion_date", date}}, kMon);
  };
  const bool customer_works = s.plan.stage_index(gp::StageCode::customer_works) >= 0;
  auto late = propose("2026-12-29");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().field, "fields.agreed_completion_date");
  if (!customer_works) EXPECT_FALSE(propose("2026-12-22").ok());  // after the intended connection date
  auto ok = propose("2026-12-21");
  ASSERT_TRUE(ok.ok()) << ok.error().message_en;
  EXPECT_EQ(ok.value().at("limit_working_days"), 20);  // rule W1
  gp::Event rec;
  rec.at = kMon;
  rec.type = "record_supporting_works";
  rec.data = ok.value();
  gp::apply_event(s, rec);
  EXPECT_TRUE(s.works_contract_unsigned());
  auto offered = gp::next_actions(s, as(gp::Role::customer));
  auto it = std::find_if(offered.begin(), offered.end(), [](const gp::ActionSpec& a) { return a.action == "sign_works_contract"; });
  ASSERT_NE(it, offered.end());
  EXPECT_EQ(it->route, "works-contract/sign");
  EXPECT_EQ(it->read, "works-contract");
  gp::Event signed_event;
  signed_event.at = kMon + 3600;
  signed_event.type = "works_contract_signed";
  signed_event.data = {{"version", 1}};
  gp::apply_event(s, signed_event);
  EXPECT_FALSE(s.works_contract_unsigned());
  offered = gp::next_actions(s, as(gp::Role::customer));
  EXPECT_TRUE(std::none_of(offered.begin(), offered.end(), [](const gp::ActionSpec& a) { return a.action == "sign_works_contract"; }));
}

// rule W2: a missed agreed date is a breach (违约); works done on the agreed day are not.
TEST(WorksContract, W2_MissedAgreedDateIsABreach) {
  gp::WorksRecord w;
  w.started = kMon;
  w.limit_working_days = 20;
  w.agreed_completion = gp::Date{2026, 12, 28};
  EXPECT_FALSE(gp::works_breached(w, gp::cst_midnight({2026, 12, 28}) + 23 * 3600));
  EXPECT_TRUE(gp::works_breached(w, gp::cst_midnight({2026, 12, 29})));
  w.done = gp::cst_midnight({2026, 12, 28}) + 15 * 3600;
  EXPECT_FALSE(gp::works_breached(w, gp::cst_midnight({2027, 1, 5})));
  w.done = gp::cst_midnight({2026, 12, 30});
  EXPECT_TRUE(gp::works_breached(w, gp::cst_midnight({2027, 1, 5})));
}

// rule W2: the text names the agreed date, W1's limit and both sides' duties; it is deterministic.
TEST(WorksContract, W2_TextStatesDatesAndBothSidesDuties) {
  gp::AppState s = hv_with_works();
  gp::WorksRecord w;
  w.item.kind = gp::WorksKind::overhead_line;
  w.item.voltage_kv = 10;
  w.limit_working_days = 20;
  w.agreed_completion = gp::Date{2026, 12, 28};
  gp::ContractParties p{"GP-20261130-0001", "邾县某厂", "邾县工业园 1 号", "13800000000", "2026-11-30"};
  const gp::ServiceConfig cfg;
  const std::string t = gp::works_contract_text(s.plan, p, {w}, cfg);
  EXPECT_EQ(t, gp::works_contract_text(s.plan, p, {w}, cfg));
  EXPECT_NE(t.find("服务契约"), std::string::npos);
  EXPECT_NE(t.find("2026-12-28"), std::string::npos);
  EXPECT_NE(t.find("时限 20 个工作日"), std::string::npos);
  EXPECT_NE(t.find("不得晚于客户工程完成时间"), std::string::npos);
  const auto duties = gp::works_duties(s.plan);
  EXPECT_FALSE(duties.company.empty());
  EXPECT_FALSE(duties.customer.empty());
  for (const auto& d : duties.customer) EXPECT_NE(t.find(d.zh), std::string::npos);
}
