// The wire contract against the real server (issue 16): the bodies the server sends decode into
// the shared DTOs (gp/dto/) with strict reading — every key present, every type right — so the
// browser, which reads with the same structs, cannot drift from the server unnoticed. One Lab
// walks a customer's LV application to completion with a rating, then reads each body.
#include <gtest/gtest.h>

#include "gp/dto/admin.h"
#include "gp/dto/answers.h"
#include "gp/dto/application.h"
#include "gp/dto/auth.h"
#include "gp/dto/cases.h"
#include "gp/dto/catalog.h"
#include "gp/dto/common.h"
#include "gp/dto/contract.h"
#include "gp/dto/cost.h"
#include "gp/dto/desk.h"
#include "gp/dto/indicators.h"
#include "gp/dto/lists.h"
#include "gp/dto/managers.h"
#include "gp/dto/next_action.h"
#include "gp/dto/outcomes.h"
#include "gp/dto/plan.h"
#include "gp/dto/published.h"
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
  decoded<gp::dto::ApplicationDetail>(
      lab.post_ok(cust, "/api/v1/applications/" + n + "/rating", {{"service_score", 5}, {"manager_score", 4}, {"comment", "很好"}}));
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


// Issue 16, the last bodies: every answer of an action and of the administration, decoded strictly
// from the live server (gp/dto/admin.h, outcomes.h, plan.h and the types they reuse).
TEST(WireContract, ActionAndAdministrationAnswersDecodeIntoTheSharedDtos) {
  Lab lab;
  lab.set_now("2026-09-28T09:00:00+08:00");  // a Monday
  Party& admin = lab.admin();
  Party cm = lab.staff("customer_manager", "cm.wire2", "线经理乙");
  Party cc = lab.staff("command_center", "cc.wire2", "指挥中心乙");
  Party pm = lab.staff("project_manager", "pm.wire2", "项目经理乙");
  Party cust = lab.customer("客户乙");
  const json lv = {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县城关镇解放路14号"},
                   {"preferred_manager", cm.id}};

  // Issue 15: at the hall, a number without an account gets a claim code; one with an account a
  // pending application its owner accepts.
  const std::string fresh = lab.fresh_phone();
  json hall = lv;
  hall["customer"] = {{"phone", fresh}, {"name", "厅客户"}};
  const auto created = decoded<gp::dto::ApplicationCreatedDto>(lab.post_ok(cm, "/api/v1/applications", hall, 201));
  ASSERT_TRUE(created.claim.has_value());
  EXPECT_FALSE(decoded<gp::dto::ApplicationCreatedDto>(lab.post_ok(cust, "/api/v1/applications", lv, 201)).claim.has_value());
  Party walk_in = lab.customer("厅客户", fresh);
  const auto claimed = lab.claim(walk_in, created.claim->code);
  ASSERT_EQ(claimed.status, 200) << claimed.raw;
  EXPECT_EQ(decoded<gp::dto::ApplicationDetail>(claimed.body).number, created.number);
  json for_cust = lv;
  for_cust["customer"] = {{"phone", cust.phone}, {"name", cust.name}};
  const std::string pending_number = lab.post_ok(cm, "/api/v1/applications", for_cust, 201).at("number");
  const auto pending = decoded<gp::dto::PendingClaimsDto>(lab.get_ok(cust, "/api/v1/applications/pending"));
  ASSERT_EQ(pending.pending.size(), 1u);
  EXPECT_EQ(pending.pending[0].number, std::optional<std::string>(pending_number));
  decoded<gp::dto::ApplicationDetail>(lab.post_ok(cust, "/api/v1/applications/pending/" + pending_number + "/accept", json::object()));

  // The customer's own actions: a document (D1), another manager (M3).
  const std::string n = lab.create_app(cust, lv).at("number");
  decoded<gp::dto::PlanDto>(lab.app(cust, n).at("plan"));  // the rules' plan as the detail carries it
  EXPECT_EQ(decoded<gp::dto::PlanDto>(lab.post_ok(cust, "/api/v1/rules/evaluate", {{"business", "new_connection"}, {"customer_type", "hv"},
                                                                                     {"voltage_kv", 10}, {"capacity_kw", 630}}))
                .voltage_class, "hv");
  const auto up = lab.upload(cust, n, "identity_proof", "id.pdf",
                             "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% wire\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  ASSERT_EQ(up.status, 201) << up.raw;
  EXPECT_EQ(decoded<gp::dto::DocumentDto>(up.body).kind, "identity_proof");
  Party cm2 = lab.staff("customer_manager", "cm.wire3", "线经理丙");
  decoded<gp::dto::ApplicationDetail>(lab.post_ok(cust, "/api/v1/applications/" + n + "/manager", {{"customer_manager", cm2.id}}));

  // Rules R1, R3: a reserve record converted; D4: a reservation converted.
  const json rows = json::array({{{"approval_number", "W-1"}, {"project_name", "线材厂"}, {"company", "邾县线材有限公司"},
                                  {"credit_code", gp::ops::kCreditCode}, {"address", "邾县东郊"}, {"capacity_kw", 800}, {"voltage_kv", 10},
                                  {"contact_name", "王工"}, {"contact_phone", lab.fresh_phone()}}});
  ASSERT_EQ(gp::ops::post(lab, &cc, "/api/v1/reserve/import", rows).status, 201);
  const auto reserve = decoded<gp::dto::ReserveConvertedDto>(lab.post_ok(cc, "/api/v1/reserve/W-1/convert", json::object(), 201));
  EXPECT_EQ(reserve.reserve.status, "converted");
  ASSERT_TRUE(decoded<gp::dto::PlanSummaryDto>(reserve.reserve.preliminary_plan).preliminary_works.has_value());  // R1
  const json booked = lab.post_ok(cc, "/api/v1/reservations",
      {{"channel", "phone"}, {"name", "电话客户乙"}, {"phone", lab.fresh_phone()}, {"address", "邾县城南新村3组"},
       {"business", "new_connection"}, {"customer_type", "lv_residential"}, {"note", "来电"}}, 201);
  const std::string rpath = "/api/v1/reservations/" + booked.at("number").get<std::string>() + "/actions";
  decoded<gp::dto::ReservationDto>(lab.post_ok(cc, rpath, {{"action", "dispatch"}, {"fields", {{"customer_manager", cm.id}}}}));
  const auto conv = decoded<gp::dto::ReservationConvertedDto>(lab.post_ok(cm, rpath, {{"action", "convert"}}));
  EXPECT_EQ(conv.reservation.status, "converted");

  // Rule R2: a consultation answered.
  const json con = lab.post_ok(cust, "/api/v1/consultations",
      {{"company", "邾县精工机械有限公司"}, {"credit_code", gp::ops::kCreditCode}, {"capacity_kw", 630}, {"voltage_kv", 10},
       {"address", "邾县经开区纬二路6号"}, {"asset_transfer", true}}, 201);
  const auto replied = decoded<gp::dto::ConsultationDto>(
      lab.post_ok(pm, "/api/v1/consultations/" + std::to_string(con.at("id").get<long long>()) + "/reply", {{"opinion", "建议报装 630 kVA"}}));
  EXPECT_EQ(replied.status, "replied");
  decoded<gp::dto::PlanSummaryDto>(replied.preliminary_plan);
  EXPECT_TRUE(decoded<gp::dto::PreReviewDto>(replied.pre_review).available);

  // Rule R4: capacity set and the query log; G5: an outage and the customers per area.
  EXPECT_TRUE(decoded<gp::dto::CapacitySavedDto>(lab.post_ok(pm, "/api/v1/capacity", {{"area", "城关镇"}, {"feeder", "10kV城关二线"},
      {"voltage_kv", 10}, {"capacity_kva", 8000}, {"available_kva", 2500}}, 201)).created);
  lab.post_ok(cust, "/api/v1/capacity/query", {{"area", "城关"}});
  EXPECT_GE(decoded<gp::dto::CapacityQueryLogDto>(lab.get_ok(pm, "/api/v1/capacity/queries")).total, 1);
  EXPECT_DOUBLE_EQ(decoded<gp::dto::OutageRecordedDto>(lab.post_ok(cc, "/api/v1/outages",
      {{"area", "urban"}, {"start", "2026-09-01T08:00:00+08:00"}, {"end", "2026-09-01T10:30:00+08:00"}, {"customers_affected", 120}}, 201))
                       .outage.hours, 2.5);
  EXPECT_EQ(decoded<gp::dto::CustomersServedDto>(gp::ops::put(lab, &admin, "/api/v1/admin/settings/customers",
                                                              {{"urban", 1000}, {"rural", 2000}}).body).customers.rural, 2000);

  // The administration: configuration, calendar, kiosks, the SMS outbox.
  const auto cfg = decoded<gp::dto::AdminConfigDto>(lab.get_ok(admin, "/api/v1/admin/config"));
  EXPECT_EQ(cfg.sources.at("sla").source, "company_setting");
  const auto put = gp::ops::put(lab, &admin, "/api/v1/admin/config", {{"backfill_after_hours", cfg.config.backfill_after_hours}});
  ASSERT_EQ(put.status, 200) << show(put);
  decoded<gp::dto::AdminConfigDto>(put.body);
  EXPECT_FALSE(decoded<gp::dto::CalendarYearsDto>(lab.get_ok(cust, "/api/v1/calendar")).years.empty());
  const json year = {{"notice", "测试"}, {"holidays", json::array({{{"name", "元旦"}, {"off", {"2030-01-01"}}}})}, {"workdays", json::array()}};
  EXPECT_EQ(decoded<gp::dto::CalendarPublishedDto>(lab.post_ok(admin, "/api/v1/admin/calendar/2030", year)).year.source, "published");
  const auto kiosk = decoded<gp::dto::KioskRegisteredDto>(lab.post_ok(admin, "/api/v1/admin/kiosks", {{"name", "线测试终端"}}, 201));
  EXPECT_EQ(decoded<gp::dto::KioskListDto>(lab.get_ok(admin, "/api/v1/admin/kiosks")).devices.size(), 1u);
  EXPECT_FALSE(decoded<gp::dto::KioskDeviceBody>(lab.post_ok(admin, "/api/v1/admin/kiosks/" + std::to_string(kiosk.device.id) + "/revoke",
                                                             json::object())).device.active);
  const json code_request = {{"phone", lab.fresh_phone()}, {"purpose", "register"}};
  EXPECT_TRUE(decoded<gp::dto::SmsCodeSentDto>(lab.call(nullptr, "POST", "/api/v1/auth/sms-code", &code_request).body).sent);
  EXPECT_FALSE(decoded<gp::dto::SmsOutboxDto>(lab.get_ok(admin, "/api/v1/admin/sms/outbox")).messages.empty());

  // Rule M2: a warning acknowledged (80 % of the LV application step, the next evening).
  const std::string late = lab.create_app(cust, lv).at("number");
  lab.set_now("2026-09-29T19:12:00+08:00");
  lab.sweep();
  const auto ack = decoded<gp::dto::AcknowledgedDto>(lab.post_ok(cm, "/api/v1/applications/" + late + "/acknowledge", {{"note", "已约客户"}}));
  EXPECT_EQ(ack.acknowledged.escalation, 1);
  EXPECT_EQ(ack.application.number, late);
}

// --- rule P4 (issue 11): cost consultation and rental packages, as the browser reads them.
TEST(WireContract, P4_CostConsultationAndRentalPackageBodiesDecode) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.wire.p4", "指挥中心值班");
  Party cust = lab.customer("线上客户");
  lab.set_now("2026-06-01T10:00:00+08:00");
  const auto c = decoded<gp::dto::CostConsultationDto>(lab.post_ok(cust, "/api/v1/cost-consultations",
      {{"equipment", json::array({{{"kind", "电焊机"}, {"count", 20}, {"kw_each", 25}}})}, {"use", "industrial"}, {"voltage_kv", 10},
       {"area", "经开区"}, {"address", "邾县经开区纬二路6号"}, {"company", "邾县精工机械有限公司"}, {"credit_code", "91350100M000100Y43"}}, 201));
  EXPECT_EQ(c.estimate.source, "company_setting");
  const std::string one = "/api/v1/cost-consultations/" + std::to_string(c.id);
  const auto answered = decoded<gp::dto::CostConsultationDto>(lab.post_ok(cc, one + "/answer",
      {{"recommended_capacity_kva", 500}, {"standard_equipment", "箱式变电站"}, {"cost_reference", "约 35 万元（参考）"}}));
  ASSERT_TRUE(answered.answer.has_value());
  const auto rated = decoded<gp::dto::CostConsultationDto>(lab.post_ok(cust, one + "/rating", {{"score", 5}, {"comment", "清楚"}}));
  ASSERT_TRUE(rated.rating.has_value());
  decoded<gp::dto::CostConsultationDto>(lab.get_ok(cust, one));
  const auto page = decoded<gp::dto::CostConsultationPageDto>(lab.get_ok(cc, "/api/v1/cost-consultations"));
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_TRUE(page.items[0].customer.has_value());
  const auto pkg = decoded<gp::dto::RentalPackageDto>(lab.post_ok(cc, "/api/v1/rental-packages",
      {{"name", "200 kVA 箱变"}, {"capacity_kva", 200}, {"monthly_price_yuan", 5200}, {"deposit_yuan", 15000}, {"min_term_months", 3}}, 201));
  decoded<gp::dto::RentalPackageDto>(gp::ops::put(lab, &cc, "/api/v1/rental-packages/" + std::to_string(pkg.id),
      {{"name", "200 kVA 箱变"}, {"capacity_kva", 200}, {"monthly_price_yuan", 5000}, {"deposit_yuan", 15000}, {"min_term_months", 3}}).body);
  const auto list = decoded<gp::dto::RentalPackageListDto>(gp::ops::get(lab, nullptr, "/api/v1/rental-packages").body);
  EXPECT_EQ(list.items.size(), 1u);
}

}  // namespace

// Issue 11, rule P3: the contractor directory and the published documents, as the public and
// staff read them.
TEST(WireContract, P3_PublishedInformationDecodes) {
  Lab lab;
  lab.set_now("2026-11-02T09:00:00+08:00");
  Party cc = lab.staff("command_center", "cc.wire3", "指挥中心");
  const json body = {{"kind", "construction"}, {"categories", {"install"}}, {"name", "邾县电力安装有限公司"},
                     {"credit_code", "91350100M000100Y43"}, {"licence_number", "(承装)3-1-00001-2024"}, {"licence_class", "三级"},
                     {"scope", "10千伏及以下"}, {"valid_from", "2024-01-01"}, {"valid_until", "2026-11-20"}, {"county", "邾县"},
                     {"phone", "0371-62345678"}};
  const auto added = decoded<gp::dto::ContractorDto>(lab.post_ok(cc, "/api/v1/contractors", body, 201));
  EXPECT_EQ(added.status, "expiring");
  const auto expired = decoded<gp::dto::ContractorDto>(
      lab.post_ok(cc, "/api/v1/contractors/" + std::to_string(added.id) + "/expire", {{"reason", "吊销"}}));
  EXPECT_TRUE(expired.withdrawn_at.has_value());
  EXPECT_EQ(decoded<gp::dto::ContractorPageDto>(lab.get_ok(cc, "/api/v1/contractors")).total, 1);
  decoded<gp::dto::ContractorDto>(lab.get_ok(cc, "/api/v1/contractors/" + std::to_string(added.id)));
  auto c = lab.client();
  httplib::MultipartFormDataItems items = {{"kind", "fee_list", "", ""}, {"title", "收费项目及标准", "", ""}, {"body", "业扩报装不收取任何费用", "", ""},
                                           {"file", gp::life::pdf_bytes("fees"), "fees.pdf", "application/pdf"}};
  auto res = c->Post("/api/v1/publications", {{"Authorization", "Bearer " + cc.token}}, items);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(decoded<gp::dto::PublicationDto>(json::parse(res->body)).attachments.size(), 1u);
  EXPECT_EQ(decoded<gp::dto::PublicationListDto>(lab.get_ok(cc, "/api/v1/publications")).items.size(), 1u);
  EXPECT_EQ(decoded<gp::dto::PublicationListDto>(lab.get_ok(cc, "/api/v1/publications/versions?kind=fee_list")).items.size(), 1u);
}

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
