// The wire contract (issue 16): every DTO survives to_json → from_json unchanged, reading is strict
// (a missing key or a wrong type names its path), and the DTOs built from the domain's values keep
// the shape the server has always sent. Runs natively and under WASM (the browser reads with the
// same code).
#include <gtest/gtest.h>

#include <algorithm>

#include "gp/catalog.h"
#include "gp/rules.h"

#include "gp/dto/application.h"
#include "gp/dto/auth.h"
#include "gp/dto/catalog.h"
#include "gp/dto/common.h"
#include "gp/dto/contract.h"
#include "gp/dto/desk.h"
#include "gp/dto/examples.h"
#include "gp/dto/indicators.h"
#include "gp/dto/lists.h"
#include "gp/dto/managers.h"
#include "gp/dto/next_action.h"
#include "gp/dto/plan.h"
#include "gp/dto/reliability.h"
#include "gp/dto/reserve.h"
#include "gp/dto/schema.h"
#include "gp/dto/track.h"
#include "gp/dto/wire.h"

using nlohmann::json;

namespace {

template <class T>
T round_trip(const T& v) {
  const json j = v;
  return gp::dto::decode<T>(json::parse(j.dump()));
}

std::string decode_error_path(const json& j, void (*decode)(const json&)) {
  try {
    decode(j);
  } catch (const gp::dto::DecodeError& e) {
    return e.path;
  }
  return "(no error)";
}

TEST(Dto, CodeNamePersonAndErrorRoundTrip) {
  const auto cn = gp::dto::code_name(gp::named(gp::Business::new_connection));
  EXPECT_EQ(cn.code, "new_connection");
  EXPECT_EQ(round_trip(cn), cn);
  const gp::dto::Person p{6, "赵晓燕", "13803750106", "customer_manager"};
  EXPECT_EQ(round_trip(p), p);
  const auto e = gp::dto::error_body(gp::make_error("required", "customer.phone", "缺少手机号", "missing phone"), false);
  EXPECT_EQ(e.message, "缺少手机号");
  EXPECT_EQ(round_trip(e), e);
  const json wire = e;
  EXPECT_EQ(wire.at("error").at("field"), "customer.phone");  // the shape every refusal has
}

TEST(Dto, P1_NextActionFromTheWorkflowSpecRoundTrips) {
  gp::ActionSpec a;
  a.action = "sign_contract";
  a.label_zh = "签订供用电合同";
  a.label_en = "Sign the supply contract";
  a.route = "contract/sign";
  a.read = "contract";
  gp::FieldSpec text;
  text.name = "comments";
  text.type = gp::FieldType::text;
  text.max_length = 5;
  gp::FieldSpec num;
  num.name = "reading";
  num.type = gp::FieldType::number;
  num.required = true;
  num.min = 0;
  num.max = 100;
  gp::FieldSpec choice;
  choice.name = "result";
  choice.type = gp::FieldType::enumeration;
  choice.options = {{"passed", "合格", "Passed"}, {"failed", "不合格", "Failed"}};
  a.fields = {text, num, choice};
  const auto d = gp::dto::next_action_dto(a, "ZX-20261130-0053");
  EXPECT_EQ(d.route, std::optional<std::string>("/api/v1/applications/ZX-20261130-0053/contract/sign"));
  EXPECT_EQ(d.read, std::optional<std::string>("/api/v1/applications/ZX-20261130-0053/contract"));
  EXPECT_EQ(d.fields[0].max_length, std::optional<long long>(5));
  EXPECT_FALSE(d.fields[0].min.has_value());
  EXPECT_EQ(d.fields[1].min, std::optional<double>(0));
  EXPECT_FALSE(d.fields[2].max_length.has_value());
  EXPECT_EQ(round_trip(d), d);
  // An action on .../actions carries no method/route keys at all.
  a.route.clear();
  a.read.clear();
  const json plain = gp::dto::next_action_dto(a, "N");
  EXPECT_FALSE(plain.contains("route"));
  EXPECT_FALSE(plain.contains("method"));
}

TEST(Dto, StrictReadingNamesThePath) {
  json f = gp::dto::FieldDto{"agree", "bool", true, {}, "同意", "Agree", std::nullopt, std::nullopt, std::nullopt};
  json action = {{"action", "x"}, {"label_zh", "x"}, {"label_en", "x"}, {"fields", json::array({f, f})}};
  action["fields"][1].erase("required");
  EXPECT_EQ(decode_error_path(action, [](const json& j) { gp::dto::decode<gp::dto::NextActionDto>(j); }), "fields[1].required");
  json m = {{"managers", json::array({{{"id", 1}, {"name", "a"}, {"phone", "1"}, {"title_zh", "t"}, {"title_en", "t"},
                                       {"handled", "four"}, {"average_working_days", nullptr}, {"satisfaction", nullptr},
                                       {"ratings", 0}, {"open", 0}}})},
            {"rule", "M3"}};
  EXPECT_EQ(decode_error_path(m, [](const json& j) { gp::dto::decode<gp::dto::ManagersBody>(j); }), "managers[0].handled");
}

TEST(Dto, M3_ManagersRoundTrip) {
  gp::dto::ManagersBody b;
  b.managers.push_back({6, "赵晓燕", "13803750106", "客户经理", "Customer manager", 4, 1.5, 4.5, 2, 1});
  b.managers.push_back({7, "钱伟", "13803750107", "客户经理", "Customer manager", 0, std::nullopt, std::nullopt, 0, 3});
  EXPECT_EQ(round_trip(b), b);
  const json j = b;
  EXPECT_TRUE(j["managers"][1]["satisfaction"].is_null());  // "no rating yet" travels as null, not 0
}

TEST(Dto, M4_IndicatorsFromComputedFiguresRoundTrip) {
  gp::IndicatorRecord r;
  r.number = "ZX-20261102-0001";
  r.submitted_at = gp::cst_midnight(gp::Date{2026, 11, 2}) + 3600;
  r.completed_at = r.submitted_at + 86400;
  r.working_days = 1.5;
  r.limit_working_days = 2;
  r.channel = "online";
  r.stages = {{gp::StageCode::application, 0.5, true}, {gp::StageCode::connect, 1.0, true}};
  r.stage_count = 2;
  r.service_score = 5;
  r.manager_score = 4;
  r.manager_id = 6;
  r.manager_name = "赵晓燕";
  const auto ind = gp::compute_indicators({r}, gp::Date{2026, 11, 1}, gp::Date{2026, 11, 30});
  auto body = gp::dto::indicators_body(ind);
  EXPECT_EQ(body.rule, "M4");
  EXPECT_EQ(body.received, 1);
  ASSERT_EQ(body.stages.size(), 2u);
  EXPECT_EQ(round_trip(body), body);
  body.scope = gp::dto::ScopeDto{false, 6, "赵晓燕"};
  EXPECT_EQ(round_trip(body), body);
  // gp::to_json(Indicators) is the DTO's shape: one writer.
  EXPECT_EQ(json(ind), json(gp::dto::indicators_body(ind)));
}

TEST(Dto, G5_ReliabilityRoundTrip) {
  const auto areas = gp::compute_reliability({}, gp::Date{2026, 11, 1}, gp::Date{2026, 11, 30}, 1000, 2000);
  gp::dto::ReliabilityBody b;
  b.from = "2026-11-01";
  b.to = "2026-11-30";
  b.urban_customers = 1000;
  b.rural_customers = 2000;
  for (const auto& a : areas) (a.area == gp::Area::urban ? b.urban : b.rural) = gp::dto::area_reliability_dto(a);
  EXPECT_DOUBLE_EQ(b.urban.asai_target, 0.99961);  // rule G5: urban 99.961 %
  EXPECT_DOUBLE_EQ(b.rural.asai_target, 0.99804);  // rule G5: rural 99.804 %
  EXPECT_EQ(round_trip(b), b);
}

// Rule P2's timeline, T4's two clocks, W2's contract, P1's next actions: one application detail
// with every optional part present survives the round trip key for key.
TEST(Dto, P2_T4_ApplicationDetailRoundTrips) {
  const gp::dto::ApplicationDetail a = gp::dto::example_application();
  const json j = a;
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ApplicationDetail>(json::parse(j.dump()))), j);
  // A step without a limit of its own still carries deadline/remaining (null) and level.
  EXPECT_TRUE(j["stages"][1]["deadline"].is_null());
  EXPECT_EQ(j["stages"][1]["level"], "normal");
  EXPECT_EQ(j["contract"]["signed"], false);
  EXPECT_TRUE(j["contract"]["signed_at"].is_null());
  // Without the optional parts.
  gp::dto::ApplicationDetail bare;
  bare.business = a.business;
  bare.customer_type = a.customer_type;
  const json b = bare;
  EXPECT_FALSE(b.contains("customer"));  // staff only
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ApplicationDetail>(b)), b);
}

// Rules M1/M2 (the board), D4 (reservations on clock time), T4/W1 (the works clock on a row).
TEST(Dto, M1_M2_D4_ListAndBoardRoundTrip) {
  const gp::dto::ApplicationPageDto page = gp::dto::example_application_page();
  const json pj = page;
  EXPECT_FALSE(pj["items"][1].contains("contact_phone"));
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ApplicationPageDto>(pj)), pj);

  const gp::dto::BoardDto b = gp::dto::example_board();
  const json bj = b;
  EXPECT_FALSE(bj["items"][1].contains("works_breach"));  // a reservation has no application keys
  EXPECT_EQ(bj["counts"]["backfill_after_hours"]["source"], "company_setting");
  EXPECT_EQ(json(gp::dto::decode<gp::dto::BoardDto>(bj)), bj);
}

// Rule P2's public progress answer, with T6's labelled step limits and W1's works dates.
TEST(Dto, P2_TrackRoundTrip) {
  const gp::dto::TrackDto t = gp::dto::example_track();
  const json j = t;
  EXPECT_EQ(j["stages"][0]["source"], "company_setting");
  EXPECT_EQ(json(gp::dto::decode<gp::dto::TrackDto>(j)), j);
}

// Rules P1 (inbox), D4 (reservations), R2 (consultations), R4 (capacity).
TEST(Dto, P1_D4_R2_R4_DeskBodiesRoundTrip) {
  gp::dto::NotificationPageDto inbox;
  inbox.items.push_back({7, "2026-12-07T09:00:00+08:00", "step_done", "已受理", "Accepted", "您的申请已受理", "Your application was accepted",
                         false, "ZX-20261207-0001"});
  inbox.items.push_back({8, "2026-12-07T09:05:00+08:00", "system", "t", "t", "b", "b", true, std::nullopt});
  inbox.unread = 1;
  inbox.last_id = 8;
  gp::dto::ReservationDto r;
  r.number = "YY-20261207-0001";
  r.channel = "phone";
  r.business = gp::dto::code_name(gp::named(gp::Business::new_connection));
  r.customer_type = gp::dto::code_name(gp::named(gp::CustomerType::lv_residential));
  r.due_action = "dispatch";
  r.phone = "13800138000";
  r.customer_manager = gp::dto::NameRefDto{6, "赵晓燕"};
  gp::dto::ConsultationDto c;
  c.id = 3;
  c.status = "replied";
  c.preliminary_plan = {{"time_limit_working_days", 16}};
  c.pre_review = {{"rule", "S5"}};
  c.reply = gp::dto::ConsultationReplyDto{"建议报装 630 kVA", "2026-12-07T10:00:00+08:00", gp::dto::NameRefDto{6, "赵晓燕"}};
  c.customer = gp::dto::Person{9, "客户", "13700000001", ""};
  gp::dto::CapacityAnswerDto cap;
  cap.area = "城关";
  cap.entries.push_back({"城关镇", "10kV城关一线", 10, 8000, 3000, 0.625, "", "2026-12-07T09:00:00+08:00"});
  cap.total_available_kva = 3000;
  for (const json& j : {json(inbox), json(r), json(c), json(cap)}) EXPECT_FALSE(j.is_null());
  EXPECT_EQ(json(gp::dto::decode<gp::dto::NotificationPageDto>(json(inbox))), json(inbox));
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ReservationDto>(json(r))), json(r));
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ConsultationDto>(json(c))), json(c));
  EXPECT_EQ(json(gp::dto::decode<gp::dto::CapacityAnswerDto>(json(cap))), json(cap));
  EXPECT_EQ(json(r)["due_rule"], "D4");
}

TEST(Dto, SessionAndMeRoundTrip) {
  gp::dto::SessionDto s{"tok", "customer_manager", {6, "customer_manager", "赵晓燕", "cm.zhao", std::nullopt, std::nullopt, "13803750106", true}, "2026-12-07T11:00:00+08:00"};
  const json j = s;
  EXPECT_FALSE(j["user"].contains("phone"));  // a staff member's own mobile is not on the wire unless set
  EXPECT_EQ(json(gp::dto::decode<gp::dto::SessionDto>(j)), j);
  const gp::dto::MeDto nobody;
  EXPECT_TRUE(json(nobody)["user"].is_null());
  EXPECT_EQ(json(gp::dto::decode<gp::dto::MeDto>(json(nobody))), json(nobody));
}

// Rules P1 and W2: the contracts' texts, signed or not, with the works contract's versions.
TEST(Dto, P1_W2_ContractsRoundTrip) {
  const gp::dto::ContractTextDto k{true, "供用电合同……", std::string(64, 'a'), true, "2026-12-07T10:00:00+08:00", "drawn"};
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ContractTextDto>(json(k))), json(k));
  gp::dto::WorksContractTextDto w;
  w.version = 2;
  w.text = "服务契约……时限 20 个工作日";
  w.works = {{1, "2026-12-18", std::nullopt, false}};
  w.versions = std::vector<gp::dto::WorksContractVersionDto>{{1, std::string(64, 'b'), false, std::nullopt}, {2, std::string(64, 'c'), false, std::nullopt}};
  EXPECT_EQ(json(gp::dto::decode<gp::dto::WorksContractTextDto>(json(w))), json(w));
  w.versions.reset();  // the signing answer carries no versions
  EXPECT_FALSE(json(w).contains("versions"));
  EXPECT_EQ(json(gp::dto::decode<gp::dto::WorksContractTextDto>(json(w))), json(w));
}

// Rules R1, R3: a reserve record, imported then converted.
TEST(Dto, R1_R3_ReservePageRoundTrip) {
  gp::dto::ReserveItemDto r;
  r.approval_number = "2026-411000-01";
  r.company = "邾县新材料有限公司";
  r.expected_date = "2027-03-01";
  r.status = "converted";
  r.source = "csv";
  r.application_number = "ZX-20261207-0002";
  r.converted_at = "2026-12-07T10:00:00+08:00";
  r.preliminary_plan = {{"time_limit_working_days", 16}};
  gp::dto::ReservePageDto page;
  page.items = {r};
  page.total = 1;
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ReservePageDto>(json(page))), json(page));
}

// Rules G1, G7, P3: the public catalogue, as gp::catalog_json writes it, reads into the DTO and
// writes back key for key; the seed's figures are where readers look for them.
TEST(Dto, G1_G7_P3_CatalogueReadsAndWritesBack) {
  const json c = gp::catalog_json();
  const auto d = gp::dto::decode<gp::dto::CatalogDto>(c);
  EXPECT_EQ(json(d), c);
  EXPECT_GE(d.online_business_count, 24);             // rule G1: at least the plan's 24
  EXPECT_EQ(d.reservation.phone_dispatch_minutes, 20);  // rule D4
  EXPECT_EQ(d.reservation.online_contact_hours, 18);    // rule D4
  EXPECT_DOUBLE_EQ(d.reliability.urban_asai_target, 0.99961);  // rule G5
  EXPECT_EQ(d.stage_split.source, "company_setting");          // rule T6
}

// Every example body (the ones the OpenAPI schemas come from) round-trips, full and bare, and
// its derived schema requires exactly the keys a bare value writes.
TEST(Dto, EveryExampleRoundTripsAndHasASchema) {
  ASSERT_GE(gp::dto::dto_examples().size(), 18u);
  for (const auto& e : gp::dto::dto_examples()) {
    EXPECT_EQ(e.reencode(e.full), e.full) << e.name;
    EXPECT_EQ(e.reencode(e.bare), e.bare) << e.name;
    const json schema = gp::dto::schema_of(e.full, e.bare);
    EXPECT_EQ(schema.value("type", ""), "object") << e.name;
    for (const auto& [key, value] : e.bare.items()) {
      (void)value;
      EXPECT_NE(std::find(schema["required"].begin(), schema["required"].end(), key), schema["required"].end()) << e.name << "." << key;
    }
  }
  // The detail's customer block is for staff eyes only: optional in the schema.
  const auto& detail = gp::dto::dto_examples().front();
  const json schema = gp::dto::schema_of(detail.full, detail.bare);
  EXPECT_EQ(std::find(schema["required"].begin(), schema["required"].end(), "customer"), schema["required"].end());
  EXPECT_TRUE(schema["properties"]["deadline"].value("nullable", false));
}

// The plan's wire types read every key gp::to_json(Plan) writes and write the same body back, for
// an LV, an HV park (red line I1a) and an HV asset-transfer customer with works (S5, W1), so a key
// added on one side fails here (rules I1, S5, W1, R1).
TEST(Dto, PlanAndItsSummaryMirrorWhatTheRulesWrite) {
  gp::Facts lv;
  lv.business = gp::Business::new_connection;
  lv.customer_type = gp::CustomerType::lv_residential;
  gp::Facts park = lv;
  park.customer_type = gp::CustomerType::hv;
  park.voltage_kv = 10;
  park.capacity_kw = 2000;
  park.in_provincial_park = true;
  gp::Facts transfer = park;
  transfer.in_provincial_park = false;
  transfer.asset_transfer = true;
  transfer.supporting_works = {gp::WorksItem{10, gp::WorksKind::overhead_line, false}};
  for (const gp::Facts& f : {lv, park, transfer}) {
    const auto plan = gp::evaluate(f);
    ASSERT_TRUE(plan.ok());
    const json wire = plan.value();
    const gp::dto::PlanDto dto = gp::dto::plan_dto(plan.value());
    EXPECT_EQ(json(dto), wire);
    EXPECT_EQ(json(gp::dto::decode<gp::dto::PlanDto>(json(dto))), wire);
    const json summary = gp::dto::plan_summary_dto(plan.value());
    EXPECT_EQ(json(gp::dto::decode<gp::dto::PlanSummaryDto>(summary)), summary);
    EXPECT_EQ(summary.at("time_limit_working_days"), wire.at("time_limit_working_days"));
  }
  // rule R1: works named in the facts give the preliminary works plan; none, null.
  EXPECT_TRUE(gp::dto::plan_summary_dto(gp::evaluate(transfer).value()).preliminary_works.has_value());
  EXPECT_FALSE(gp::dto::plan_summary_dto(gp::evaluate(lv).value()).preliminary_works.has_value());
  // Strict: a plan without its stages names the key.
  json broken = gp::evaluate(lv).value();
  broken.erase("stages");
  EXPECT_THROW(gp::dto::decode<gp::dto::PlanDto>(broken), gp::dto::DecodeError);
}

}  // namespace
