// The wire contract against the real server (issue 16): the bodies the server sends decode into
// the shared DTOs (gp/dto/) with strict reading — every key present, every type right — so the
// browser, which reads with the same structs, cannot drift from the server unnoticed. One Lab
// walks a customer's LV application to completion with a rating, then reads each body.
#include <gtest/gtest.h>

#include "gp/dto/answers.h"
#include "gp/dto/application.h"
#include "gp/dto/auth.h"
#include "gp/dto/cases.h"
#include "gp/dto/catalog.h"
#include "gp/dto/common.h"
#include "gp/dto/contract.h"
#include "gp/dto/desk.h"
#include "gp/dto/indicators.h"
#include "gp/dto/lists.h"
#include "gp/dto/managers.h"
#include "gp/dto/next_action.h"
#include "gp/dto/reliability.h"
#include "gp/dto/track.h"
#include "gp/dto/wire.h"
#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

// Decodes strictly and checks the DTO writes the very same body back: a key the server sends
// that the DTO does not know fails here too.
template <class T>
T decoded(const json& body) {
  try {
    T v = gp::dto::decode<T>(body);
    EXPECT_EQ(json(v), body) << "the DTO does not carry every key of the body";
    return v;
  } catch (const gp::dto::DecodeError& e) {
    ADD_FAILURE() << "does not decode: " << e.what() << "\n" << body.dump().substr(0, 2000);
    return T{};
  }
}

TEST(WireContract, BodiesDecodeIntoTheSharedDtos) {
  Lab lab;
  lab.set_now("2026-11-02T09:00:00+08:00");
  Party cm = lab.staff("customer_manager", "cm.wire", "线经理");
  Party cc = lab.staff("command_center", "cc.wire", "指挥中心");
  Party pm = lab.staff("project_manager", "pm.wire", "项目经理");  // assigned on acceptance
  Party cust = lab.customer("客户线");
  const json app = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                         {"address", "邾县城关镇解放路12号"}, {"preferred_manager", cm.id}});
  const std::string n = app.at("number");

  // rule P1: what each side may do next, with field descriptors the forms are built from.
  for (Party* p : {&cust, &cm}) {
    const json view = lab.app(*p, n);
    decoded<gp::dto::ApplicationDetail>(view);  // rule P2: the whole detail, customer's and staff's
    ASSERT_TRUE(view.at("next_actions").is_array()) << view.dump();
    for (const auto& a : view.at("next_actions")) {
      decoded<gp::dto::NextActionDto>(a);
    }
  }
  // Rules M1, M2: the lists staff work from, and the customer's own page.
  const auto board = decoded<gp::dto::BoardDto>(lab.get_ok(cc, "/api/v1/board"));
  ASSERT_EQ(board.items.size(), 1u);
  EXPECT_EQ(board.items[0].number, n);
  decoded<gp::dto::ApplicationPageDto>(lab.get_ok(cm, "/api/v1/applications"));
  const auto mine = decoded<gp::dto::ApplicationPageDto>(lab.get_ok(cust, "/api/v1/applications"));
  ASSERT_EQ(mine.items.size(), 1u);
  EXPECT_FALSE(mine.items[0].contact_phone.has_value());

  // A completed life: the signed contract (P1), the rating (M3), the whole trail of events (M5).
  lab.set_now("2026-11-03T16:00:00+08:00");
  gp::life::energize_lv(lab, cm, cust, n);
  lab.post_ok(cust, "/api/v1/applications/" + n + "/rating", {{"service_score", 5}, {"manager_score", 4}, {"comment", "很好"}});
  const auto contract = decoded<gp::dto::ContractTextDto>(lab.get_ok(cust, "/api/v1/applications/" + n + "/contract"));
  EXPECT_TRUE(contract.is_signed);
  EXPECT_EQ(contract.method, std::optional<std::string>("password"));
  for (Party* p : {&cust, &cm}) {
    const auto done = decoded<gp::dto::ApplicationDetail>(lab.app(*p, n));
    EXPECT_EQ(done.status, "completed");
    EXPECT_TRUE(done.contract.is_signed);
    ASSERT_TRUE(done.rating.has_value());
    EXPECT_EQ(done.rating->manager_score, std::optional<int>(4));
    EXPECT_EQ(done.customer.has_value(), p == &cm) << "the customer block is for staff eyes";
  }

  // rule P2: the public progress answer (number + phone, no login).
  const auto tracked = decoded<gp::dto::TrackDto>(lab.post_ok(cust, "/api/v1/track", {{"number", n}, {"phone", cust.phone}}));
  EXPECT_EQ(tracked.number, n);
  EXPECT_EQ(tracked.status, "completed");

  // rules G1, G7, P3: the public catalogue.
  EXPECT_GE(decoded<gp::dto::CatalogDto>(lab.get_ok(cust, "/api/v1/catalog")).online_business_count, 24);

  // rule M3: the public list of managers.
  const auto managers = decoded<gp::dto::ManagersBody>(lab.get_ok(cust, "/api/v1/managers"));
  bool listed = false;
  for (const auto& m : managers.managers) listed = listed || (m.id == cm.id && m.name == "线经理" && m.handled == 1);
  EXPECT_TRUE(listed);

  // rule M4: the indicators, the company's and a manager's own (scope).
  const auto company = decoded<gp::dto::IndicatorsBody>(lab.get_ok(cc, "/api/v1/indicators?from=2026-11-01&to=2026-11-30"));
  EXPECT_EQ(company.received, 1);
  ASSERT_TRUE(company.scope.has_value());
  EXPECT_TRUE(company.scope->company);
  const auto own = decoded<gp::dto::IndicatorsBody>(lab.get_ok(cm, "/api/v1/indicators?from=2026-11-01&to=2026-11-30"));
  ASSERT_TRUE(own.scope.has_value());
  EXPECT_FALSE(own.scope->company);
  EXPECT_EQ(own.scope->manager_id, cm.id);

  // rule G5: reliability once the customers per area are set.
  ASSERT_EQ(gp::ops::put(lab, &lab.admin(), "/api/v1/admin/settings/customers", {{"urban", 1000}, {"rural", 2000}}).status, 200);
  const auto rel = decoded<gp::dto::ReliabilityBody>(lab.get_ok(cc, "/api/v1/reliability?from=2026-11-01&to=2026-11-30"));
  EXPECT_EQ(rel.urban_customers, 1000);
  EXPECT_EQ(rel.urban.area, "urban");
  EXPECT_EQ(rel.rural.area, "rural");

  // rule P1: the customer's inbox.
  const auto inbox = decoded<gp::dto::NotificationPageDto>(lab.get_ok(cust, "/api/v1/notifications"));
  EXPECT_FALSE(inbox.items.empty()) << "the customer was told of each step";
  // rule D4: a reservation taken by phone, as the command center and the customer see it.
  const auto res = decoded<gp::dto::ReservationDto>(lab.post_ok(cc, "/api/v1/reservations",
      {{"channel", "phone"}, {"name", "电话客户"}, {"phone", lab.fresh_phone()}, {"address", "邾县城南新村2组"},
       {"business", "new_connection"}, {"customer_type", "lv_residential"}, {"note", "来电咨询新装"}}, 201));
  EXPECT_EQ(res.due_action, "dispatch");
  decoded<gp::dto::ReservationDto>(lab.get_ok(cc, "/api/v1/reservations/" + res.number));
  // rule R2: a consultation, open, then in the staff's list with its customer.
  const auto con = decoded<gp::dto::ConsultationDto>(lab.post_ok(cust, "/api/v1/consultations",
      {{"company", "邾县精工机械有限公司"}, {"credit_code", "91350100M000100Y43"}, {"capacity_kw", 630}, {"voltage_kv", 10},
       {"address", "邾县经开区纬二路6号"}, {"asset_transfer", false}}, 201));
  EXPECT_EQ(con.status, "open");
  const auto con_list = decoded<gp::dto::ConsultationPageDto>(lab.get_ok(cc, "/api/v1/consultations"));
  for (const auto& item : con_list.items) EXPECT_TRUE(item.customer.has_value());
  EXPECT_EQ(decoded<gp::dto::ReservationListDto>(lab.get_ok(cc, "/api/v1/reservations")).total, 1);
  // rule R4: open capacity, set by a project manager, queried by anyone.
  ASSERT_EQ(gp::ops::post(lab, &pm, "/api/v1/capacity", {{"area", "城关镇"}, {"feeder", "10kV城关一线"}, {"voltage_kv", 10},
                                                       {"capacity_kva", 8000}, {"available_kva", 3000}}).status, 201);
  const auto cap = decoded<gp::dto::CapacityAnswerDto>(lab.post_ok(cust, "/api/v1/capacity/query", {{"area", "城关"}}));
  ASSERT_EQ(cap.entries.size(), 1u);
  EXPECT_DOUBLE_EQ(cap.total_available_kva, 3000);

  // Who is logged in: a login's session, /auth/me for staff (with the second factor) and customers.
  const json credentials = {{"login", cust.login}, {"password", cust.password}};
  const auto session = decoded<gp::dto::SessionDto>(lab.call(nullptr, "POST", "/api/v1/auth/login", &credentials).body);
  EXPECT_EQ(session.user.id, cust.id);
  EXPECT_TRUE(decoded<gp::dto::MeDto>(lab.get_ok(cm, "/api/v1/auth/me")).user->second_factor.has_value());
  EXPECT_FALSE(decoded<gp::dto::MeDto>(lab.get_ok(cust, "/api/v1/auth/me")).user->second_factor.has_value());

  // The small answers.
  EXPECT_EQ(decoded<gp::dto::HealthDto>(lab.get_ok(cust, "/api/v1/health")).status, "ok");
  EXPECT_EQ(decoded<gp::dto::CalendarDateDto>(lab.get_ok(cust, "/api/v1/calendar/add?from=2026-11-02&working_days=2")).date, "2026-11-04");
  EXPECT_EQ(decoded<gp::dto::WorkingDayCountDto>(lab.get_ok(cust, "/api/v1/calendar/count?from=2026-11-02&to=2026-11-06")).working_days, 4);
  EXPECT_GE(decoded<gp::dto::UsersDto>(lab.get_ok(cc, "/api/v1/admin/users")).users.size(), 3u);
  decoded<gp::dto::SweepReportDto>(lab.post_ok(cc, "/api/v1/admin/sla/sweep", json::object()));
  decoded<gp::dto::MarkedDto>(lab.post_ok(cust, "/api/v1/notifications/read", {{"all", true}}));
  EXPECT_FALSE(decoded<gp::dto::KioskFlagDto>(lab.get_ok(cust, "/api/v1/kiosk/device")).kiosk);

  // Every refusal: the error body, naming the field.
  const auto bad = gp::ops::post(lab, &cust, "/api/v1/applications", {{"business", "new_connection"}});
  EXPECT_EQ(bad.status, 400) << show(bad);
  const auto e = decoded<gp::dto::ErrorBody>(bad.body);
  EXPECT_FALSE(e.code.empty());
  EXPECT_FALSE(e.field.empty());
  const auto missing = gp::ops::get(lab, &cust, "/api/v1/applications/ZX-20000101-9999");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(decoded<gp::dto::ErrorBody>(missing.body).code, "not_found");
}

}  // namespace

// Issue 11 (rules M6, M5): the bodies of customer requests, reports and call-backs.
TEST(WireContract, M6_M5_CaseAndCallbackBodiesDecode) {
  Lab lab;
  lab.set_now("2026-12-07T09:00:00+08:00");
  Party cm = lab.staff("customer_manager", "cm.wcase", "线经理");
  Party cc = lab.staff("command_center", "cc.wcase", "指挥中心");
  Party di = lab.staff("discipline_inspector", "di.wcase", "纪检");
  Party pm = lab.staff("project_manager", "pm.wcase", "项目经理");  // assigned on acceptance
  Party cust = lab.customer("客户线");
  const std::string n = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                              {"address", "邾县城关镇解放路12号"}, {"preferred_manager", cm.id}}).at("number");
  gp::life::energize_lv(lab, cm, cust, n);
  const auto c = decoded<gp::dto::CaseDto>(lab.post_ok(cust, "/api/v1/cases",
      {{"kind", "complaint"}, {"category", "extra_cost"}, {"text", "被要求支付加急费"}, {"application_number", n}}, 201));
  decoded<gp::dto::CasePageDto>(lab.get_ok(cc, "/api/v1/cases"));
  decoded<gp::dto::CaseDto>(lab.post_ok(cc, "/api/v1/cases/" + c.number + "/assign", {{"department", "marketing"}, {"assignee", cm.id}}));
  decoded<gp::dto::CaseDto>(lab.post_ok(cm, "/api/v1/cases/" + c.number + "/answer", {{"answer", "已退还"}}));
  decoded<gp::dto::CaseDto>(lab.post_ok(cc, "/api/v1/cases/" + c.number + "/close",
      {{"founded", true}, {"responsible_department", "marketing"}, {"responsible_team", "城关供电所"}, {"responsible_person", cm.id}}));
  decoded<gp::dto::CaseDto>(lab.post_ok(cust, "/api/v1/cases/" + c.number + "/rate", {{"score", 3}}));
  decoded<gp::dto::CaseDto>(lab.get_ok(cust, "/api/v1/cases/" + c.number));
  const auto pub = gp::ops::post(lab, nullptr, "/api/v1/cases/lookup", {{"number", c.number}, {"phone", cust.phone}});
  ASSERT_EQ(pub.status, 200) << show(pub);
  decoded<gp::dto::CaseDto>(pub.body);
  const auto report = decoded<gp::dto::CaseDto>(lab.post_ok(cust, "/api/v1/cases", {{"kind", "report"}, {"category", "bribery"}, {"text", "反映收受红包"}}, 201));
  EXPECT_TRUE(report.redacted);
  decoded<gp::dto::CaseDto>(lab.get_ok(di, "/api/v1/cases/" + report.number));
  const auto counts = decoded<gp::dto::ProhibitionCountsDto>(lab.get_ok(cc, "/api/v1/cases/prohibitions?month=2026-12"));
  EXPECT_EQ(counts.total, 1);
  const auto cb = decoded<gp::dto::CallbackDto>(lab.post_ok(cc, "/api/v1/callbacks",
      {{"application_number", n}, {"reached", true}, {"satisfied", false}, {"said", {{"visited_more_than_once", true}}}}, 201));
  EXPECT_EQ(cb.mismatches.size(), 1u);
  decoded<gp::dto::CallbackPageDto>(lab.get_ok(cc, "/api/v1/callbacks"));
  decoded<gp::dto::AccountabilityDto>(lab.get_ok(cc, "/api/v1/callbacks/accountability?month=2026-12"));
}
