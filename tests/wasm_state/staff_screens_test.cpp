// The staff's screens' state (issue 5): queue paging and refresh, board filters and order,
// reservations' clocks and actions, hall intake (D3), indicators, capacity, administration, the
// detail panels' archive checklist (D7) and works (W1–W3).
#include <gtest/gtest.h>

#include "gp/dto/examples.h"
#include "gp/dto/desk.h"
#include "gp/dto/indicators.h"
#include "gp/dto/lists.h"
#include "gp/dto/reliability.h"
#include "gp/dto/wire.h"
#include "screen_test_util.h"
#include "state/admin_state.h"
#include "state/app_state.h"
#include "state/board_state.h"
#include "state/capacity_state.h"
#include "state/indicators_state.h"
#include "state/intake_state.h"
#include "state/pool_state.h"
#include "state/queue_state.h"
#include "state/reservations_state.h"
#include "state/staff_detail_state.h"
#include "state/strings.h"

using namespace state;
using nlohmann::json;

using screen_test::reservation;

namespace {

// A page of GET /applications as the server writes it (the shared DTO, gp/dto/lists.h).
gp::dto::ApplicationPageDto page_of(int first, int n, long long total) {
  gp::dto::ApplicationPageDto p;
  for (int i = 0; i < n; ++i) {
    gp::dto::ApplicationRowDto row;
    row.number = "ZX-" + std::to_string(first + i);
    row.status = "in_progress";
    row.level = i == 0 ? "overdue" : "normal";
    row.remaining_working_days = i == 0 ? -1.0 : 2.0;
    row.stage = gp::dto::CodeName{"connect", "装表送电", "Meter"};
    row.customer_manager = gp::dto::NameRefDto{1, "王建国"};
    row.contact_name = "张三";
    row.contact_phone = "13800000000";
    p.items.push_back(row);
  }
  p.total = total;
  p.page_size = 100;
  return p;
}

}  // namespace

TEST(Queue, PathCarriesFiltersAndEncodesTheSearch) {
  QueueFilters f;
  EXPECT_EQ(queue_path(f, 1, 100), "/applications?sort=urgency&status=open&page=1&page_size=100");
  f.status = 5;  // all
  f.stage = 7;   // connect
  f.level = 1;   // overdue
  f.manager = 3;
  f.q = "张 三";
  f.newest = true;
  EXPECT_EQ(queue_path(f, 4, 50),
            "/applications?sort=newest&stage=connect&level=overdue&manager=3&q=%E5%BC%A0%20%E4%B8%89&page=4&page_size=50");
}

TEST(Queue, FirstPageThenOnlyThePagesInView) {
  QueueState s;
  auto need = queue_pages_needed(s, 0, 12);
  ASSERT_EQ(need, std::vector<int>({1}));  // the total is not known yet
  queue_page_requested(s, 1, 11);
  EXPECT_TRUE(queue_pages_needed(s, 0, 12).empty());  // in flight
  ASSERT_TRUE(queue_page_loaded(s, 1, 11, page_of(0, 100, 10000)));
  EXPECT_EQ(s.total, 10000);
  EXPECT_EQ(queue_count(s), 10000);
  ASSERT_NE(queue_row(s, 0), nullptr);
  EXPECT_EQ(queue_row(s, 0)->urgency, Urgency::Overdue);
  EXPECT_EQ(queue_row(s, 99)->number, "ZX-99");
  EXPECT_EQ(queue_row(s, 100), nullptr);  // page 2 not here
  // Scrolled to rows 5,430..5,450: only page 55 is asked for.
  EXPECT_EQ(queue_pages_needed(s, 5430, 5450), std::vector<int>({55}));
  EXPECT_EQ(queue_pages_needed(s, 9990, 10005), std::vector<int>({100}));  // clamped to the total
}

TEST(Queue, StaleAnswersAreDroppedAndRefreshKeepsRowsOnScreen) {
  QueueState s;
  queue_page_requested(s, 1, 1);
  queue_page_loaded(s, 1, 1, page_of(0, 100, 250));
  // A refresh: the rows stay shown, the page is asked for again.
  queue_refresh(s);
  EXPECT_NE(queue_row(s, 5), nullptr);
  EXPECT_EQ(queue_pages_needed(s, 0, 10), std::vector<int>({1}));
  queue_page_requested(s, 1, 2);
  EXPECT_FALSE(queue_page_loaded(s, 1, 1, page_of(1000, 100, 250)));  // the old request's answer
  EXPECT_EQ(queue_row(s, 0)->number, "ZX-0");
  EXPECT_TRUE(queue_page_loaded(s, 1, 2, page_of(500, 100, 250)));
  EXPECT_EQ(queue_row(s, 0)->number, "ZX-500");
  EXPECT_TRUE(queue_pages_needed(s, 0, 10).empty());
  // New filters: nothing of the old results is shown.
  QueueFilters f = s.filters;
  f.level = 1;
  queue_set_filters(s, f);
  EXPECT_EQ(queue_row(s, 0), nullptr);
  EXPECT_EQ(s.total, -1);
  EXPECT_TRUE(s.scroll_to_top);
}

TEST(Queue, AShorterListDropsPagesBeyondItsEnd) {
  QueueState s;
  queue_page_requested(s, 1, 1);
  queue_page_loaded(s, 1, 1, page_of(0, 100, 300));
  queue_page_requested(s, 3, 2);
  queue_page_loaded(s, 3, 2, page_of(200, 100, 300));
  queue_refresh(s);
  queue_page_requested(s, 1, 3);
  queue_page_loaded(s, 1, 3, page_of(0, 100, 150));  // the list shrank meanwhile
  EXPECT_EQ(s.total, 150);
  EXPECT_EQ(queue_row(s, 250), nullptr);
}

TEST(Queue, SearchRunsAfterAPauseTrimmed) {
  QueueState s;
  s.search = "  1370 ";
  queue_search_typed(s, 10.0);
  EXPECT_FALSE(queue_search_due(s, 10.2));
  EXPECT_TRUE(queue_search_due(s, 10.4));
  queue_apply_search(s);
  EXPECT_EQ(s.filters.q, "1370");
  EXPECT_FALSE(queue_search_due(s, 20));
  EXPECT_NE(queue_path(s.filters, 1, 100).find("q=1370"), std::string::npos);
}

TEST(Queue, ManagersForTheFilter) {
  const auto m = parse_staff_managers(json::parse(R"({"users": [
    {"id": 1, "name": "王建国", "role": "customer_manager"}, {"id": 7, "name": "孙立军", "role": "project_manager"},
    {"id": 10, "name": "胡敏", "role": "command_center"}, {"id": 12, "name": "管理员", "role": "admin"}]})"));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].id, 7);
}

namespace {
gp::dto::BoardItemDto board_item(const std::string& kind, const std::string& number, const std::string& level, int escalation,
                                 double age, double remaining, gp::dto::CodeName stage, std::optional<gp::dto::NameRefDto> manager) {
  gp::dto::BoardItemDto it;
  it.kind = kind;
  it.number = number;
  it.status = kind == "reservation" ? "open" : "in_progress";
  it.level = level;
  it.escalation = escalation;
  it.age_working_days = age;
  if (kind == "reservation") {
    it.channel = "phone";
    it.remaining_seconds = remaining;
  } else {
    it.remaining_working_days = remaining;
  }
  it.stage = std::move(stage);
  it.customer_manager = std::move(manager);
  return it;
}

// GET /board as the server writes it (the shared DTO, gp/dto/lists.h).
gp::dto::BoardDto board_reply() {
  const gp::dto::CodeName application{"application", "用电申请", "Application"};
  gp::dto::BoardDto b;
  b.now = "2026-11-30T10:00:00+08:00";
  b.items = {board_item("application", "A1", "normal", 0, 0.5, 1.5, application, gp::dto::NameRefDto{1, "王建国"}),
             board_item("application", "A2", "overdue", 2, 3, -1, {"connect", "装表送电", "Meter"}, gp::dto::NameRefDto{2, "李秀兰"}),
             board_item("reservation", "R1", "warning", 1, 0.01, 200, {"reservation_dispatch", "预约待派单", "To dispatch"}, std::nullopt),
             board_item("application", "A3", "warning", 1, 1.7, 0.3, application, gp::dto::NameRefDto{1, "王建国"})};
  b.items[3].acknowledged = true;
  b.counts.total = 4;
  b.counts.by_level = {{"normal", 1}, {"warning", 2}, {"overdue", 1}};
  b.counts.by_kind = {{"application", 3}, {"reservation", 1}};
  b.counts.by_escalation = {{"0", 1}, {"1", 2}, {"2", 1}, {"3", 0}};
  b.counts.by_manager = {{1, std::nullopt, "王建国", 2, 1, 0}, {std::nullopt, std::nullopt, "", 1, 1, 0}};
  b.counts.by_stage = {{std::nullopt, application, "", 2, 1, 0}};
  return gp::dto::decode<gp::dto::BoardDto>(nlohmann::json(b));  // as it arrives: written, then read
}
}  // namespace

TEST(Board, MostUrgentFirstAndCounts) {
  set_language(Lang::Zh);
  BoardState s;
  board_loaded(s, json(board_reply()), 100.0);
  ASSERT_EQ(s.view.size(), 4u);
  EXPECT_EQ(s.items[s.view[0]].number, "A2");  // overdue (red)
  EXPECT_EQ(s.items[s.view[0]].urgency, Urgency::Overdue);
  EXPECT_EQ(s.items[s.view[1]].number, "R1");  // warnings, the less time left first: 200 s of clock time...
  EXPECT_EQ(s.items[s.view[2]].number, "A3");  // ...before 0.3 working days
  EXPECT_EQ(s.items[s.view[3]].number, "A1");
  EXPECT_EQ(s.count_overdue, 1);
  EXPECT_EQ(s.count_reservations, 1);
  EXPECT_EQ(s.by_escalation[1], 2);
  ASSERT_EQ(s.by_manager.size(), 2u);
  EXPECT_EQ(s.by_manager[1].key, "~");
  EXPECT_EQ(s.by_manager[1].name, "未指派");
  EXPECT_EQ(board_managers(s).size(), 1u);
}

TEST(Board, FiltersByKindLevelManagerStageAndUnhandled) {
  BoardState s;
  board_loaded(s, json(board_reply()), 0);
  auto numbers = [&] {
    std::string out;
    for (auto i : s.view) out += s.items[i].number + " ";
    return out;
  };
  s.filters.kind = 2;
  board_apply_filters(s);
  EXPECT_EQ(numbers(), "R1 ");
  s.filters = {};
  s.filters.manager = "1";
  board_apply_filters(s);
  EXPECT_EQ(s.view.size(), 2u);
  s.filters = {};
  s.filters.manager = "~";
  board_apply_filters(s);
  EXPECT_EQ(numbers(), "R1 ");
  s.filters = {};
  s.filters.unhandled = true;  // warned and not yet acknowledged
  board_apply_filters(s);
  EXPECT_EQ(s.view.size(), 2u);
  s.filters = {};
  s.filters.escalation = 2;
  board_apply_filters(s);
  EXPECT_EQ(numbers(), "A2 ");
  s.filters = {};
  s.filters.stage = "application";
  s.filters.level = 2;
  board_apply_filters(s);
  EXPECT_EQ(numbers(), "A3 ");
}

TEST(Board, SelectionAndItsReassignForm) {
  BoardState s;
  board_loaded(s, json(board_reply()), 0);
  EXPECT_TRUE(board_can_acknowledge(*board_find(s, "A2"), "command_center"));
  EXPECT_FALSE(board_can_acknowledge(*board_find(s, "A2"), "customer_manager"));  // risen past the manager
  EXPECT_FALSE(board_can_acknowledge(*board_find(s, "A3"), "admin"));             // handled already
  EXPECT_FALSE(board_can_acknowledge(*board_find(s, "R1"), "admin"));             // reservations are dispatched
  board_select(s, "application", "A2");
  ASSERT_TRUE(s.selected);
  gp::dto::ApplicationDetail app = gp::dto::example_application();  // GET /applications/A2 (gp/dto/examples.h)
  app.customer_manager = gp::dto::PartyDto{2, "李秀兰", std::nullopt, std::nullopt, "customer_manager"};
  app.project_manager = gp::dto::PartyDto{8, "周工", std::nullopt, std::nullopt, "project_manager"};
  auto enum_field = [](const std::string& name, std::vector<gp::dto::FieldOptionDto> options) {
    gp::dto::FieldDto f;
    f.name = name;
    f.type = "enum";
    f.required = true;
    f.label_zh = name;
    f.label_en = name;
    f.options = std::move(options);
    return f;
  };
  app.next_actions = {gp::dto::NextActionDto{"add_note", "备注", "Note", {}, std::nullopt, std::nullopt, std::nullopt},
                      gp::dto::NextActionDto{"assign_managers", "指派", "Assign",
                                             {enum_field("customer_manager", {{"1", "王", "W"}, {"2", "李", "L"}}),
                                              enum_field("project_manager", {{"7", "孙", "S"}, {"8", "周", "Z"}})},
                                             std::nullopt, std::nullopt, std::nullopt}};
  board_selection_loaded(*s.selected, json(app));
  ASSERT_EQ(s.selected->forms.size(), 1u);  // only the reassign action
  EXPECT_EQ(s.selected->forms[0].fields[0].choice, 1);  // preset to who holds it now
  EXPECT_EQ(s.selected->forms[0].fields[1].choice, 1);
  // The item leaves the board (handled elsewhere): the panel closes on the next load.
  auto r = board_reply();
  r.items.erase(r.items.begin() + 1);
  board_loaded(s, json(r), 0);
  EXPECT_FALSE(s.selected);
}

namespace {

gp::dto::ReservationListDto reservations_reply() {
  gp::dto::ReservationListDto l;
  l.items = {reservation("YY-1", "online", "open", "林琳", "2026-11-29T16:00:00+08:00", 3600),
             reservation("YY-2", "phone", "open", "马犇", "2026-11-30T09:00:00+08:00", 600.5),
             reservation("YY-3", "phone", "handled", "王五", "2026-11-28T09:00:00+08:00", 100)};
  l.items[2].customer_manager = gp::dto::NameRefDto{1, "王建国"};
  l.total = 3;
  return gp::dto::decode<gp::dto::ReservationListDto>(nlohmann::json(l));  // as it arrives: written, then read
}
}  // namespace

TEST(Reservations, OpenOnesByTimeLeftWithLiveClocks) {
  ReservationsState s;
  reservations_loaded(s, json(reservations_reply()), 50.0);
  ASSERT_EQ(s.items.size(), 3u);
  EXPECT_EQ(s.items[0].number, "YY-2");  // 600 s left before 3600 s
  EXPECT_EQ(s.items[2].number, "YY-3");  // handled: its clock has stopped
  EXPECT_NEAR(*reservation_left(s, s.items[0], 60.0), 590.5, 1e-9);
  EXPECT_FALSE(reservation_left(s, s.items[2], 60.0));
  // The next frame is due when a shown second changes: 590.5 -> 0.5 s.
  EXPECT_NEAR(*reservations_next_tick(s, 60.0), 0.5, 1e-9);
  ReservationsState none;
  EXPECT_FALSE(reservations_next_tick(none, 1.0));  // no clock shown: no timer frames
}

TEST(Reservations, PhoneCallBodyAndChecks) {
  set_language(Lang::Zh);
  PhoneForm f;
  EXPECT_FALSE(check_phone_form(f, true));
  EXPECT_TRUE(f.errors.count("name") && f.errors.count("phone") && f.errors.count("address"));
  f.name = "马犇";
  f.phone = "13903751002";
  f.address = "邾县城关镇人民路46号";
  f.call_ended = "9:5";
  EXPECT_FALSE(check_phone_form(f, true));
  EXPECT_TRUE(f.errors.count("call_ended_at"));
  f.call_ended = "09:05";
  f.customer_type = 1;
  EXPECT_TRUE(check_phone_form(f, true));
  const json b = phone_form_body(f, "2026-11-30");
  EXPECT_EQ(b.at("channel"), "phone");
  EXPECT_EQ(b.at("call_ended_at"), "2026-11-30T09:05:00+08:00");
  EXPECT_EQ(b.at("customer_type"), "lv_non_residential");
  f.call_ended.clear();
  EXPECT_FALSE(phone_form_body(f, "2026-11-30").contains("call_ended_at"));  // now, on the server's clock
  place_phone_error(f, "phone", "号码有误");
  EXPECT_EQ(f.errors.at("phone"), "号码有误");
  place_phone_error(f, "", "服务器忙");
  EXPECT_EQ(f.errors.at("form"), "服务器忙");
}

TEST(Reservations, ActionBodies) {
  set_language(Lang::Zh);
  ReservationsState s;
  s.managers = {{1, "王建国"}, {3, "邾文堃"}};
  reservations_loaded(s, json(reservations_reply()), 0);
  open_panel(s, s.items[0], ResvAction::Dispatch);
  ASSERT_TRUE(s.panel);
  EXPECT_FALSE(panel_body(*s.panel, s.managers, 99, true));  // nobody chosen
  EXPECT_TRUE(s.panel->errors.count("fields.customer_manager"));
  s.panel->manager = 1;
  auto b = panel_body(*s.panel, s.managers, 99, true);
  ASSERT_TRUE(b);
  EXPECT_EQ(*b, json::parse(R"({"action": "dispatch", "fields": {"customer_manager": 3}})"));
  // A customer manager dispatches to themselves.
  b = panel_body(*s.panel, s.managers, 1, false);
  EXPECT_EQ(b->at("fields").at("customer_manager"), 1);
  s.panel->action = ResvAction::Cancel;
  EXPECT_FALSE(panel_body(*s.panel, s.managers, 1, false));
  s.panel->reason = "客户改约";
  EXPECT_EQ(panel_body(*s.panel, s.managers, 1, false)->at("fields").at("reason"), "客户改约");
  // Convert: the facts as on the home page, the reservation's business and type carried by the server.
  open_panel(s, s.items[1], ResvAction::Convert);
  EXPECT_EQ(s.panel->number, "YY-1");
  EXPECT_EQ(s.panel->facts.customer_type, gp::CustomerType::lv_residential);
  b = panel_body(*s.panel, s.managers, 1, false);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->at("action"), "convert");
  EXPECT_FALSE(b->at("fields").contains("business"));
  EXPECT_EQ(b->at("fields").at("address"), "人民路12号");
  EXPECT_EQ(b->at("fields").at("voltage_kv"), 0.22);  // the facts of the form
  s.panel->address = "x";
  EXPECT_FALSE(panel_body(*s.panel, s.managers, 1, false));
  EXPECT_TRUE(s.panel->errors.count("fields.address"));
}

TEST(Intake, HallDecisionFollowsRuleD3) {
  set_language(Lang::Zh);
  IntakeState s;
  s.form.customer_type = gp::CustomerType::lv_non_residential;
  intake_refresh(s, false);
  ASSERT_EQ(s.documents.size(), 2u);
  EXPECT_EQ(s.documents[0].code, "subject_proof");
  EXPECT_EQ(intake_decision(s), gp::HallIntake::guide_to_reservation);  // nothing brought
  s.brought.insert("property_proof");
  EXPECT_EQ(intake_decision(s), gp::HallIntake::guide_to_reservation);  // no subject proof
  s.brought.insert("subject_proof");
  EXPECT_EQ(intake_decision(s), gp::HallIntake::complete);               // 两证办结
  s.brought.erase("property_proof");
  EXPECT_EQ(intake_decision(s), gp::HallIntake::accept_with_gaps);       // 容缺办理
  // Another case: ticks of documents it does not need go.
  s.form.customer_type = gp::CustomerType::lv_residential;
  intake_refresh(s, false);
  EXPECT_TRUE(s.brought.empty());
}

TEST(Intake, BodyChecksAndErrorsBesideTheirFields) {
  set_language(Lang::Zh);
  IntakeState s;
  intake_refresh(s, false);
  EXPECT_FALSE(check_intake(s, true, "2026-11-30"));
  EXPECT_TRUE(s.errors.count("customer.phone") && s.errors.count("customer.name") && s.errors.count("address"));
  s.phone = "13912345678";
  s.name = "张三";
  s.address = "邾县城关镇人民路1号";
  EXPECT_TRUE(check_intake(s, true, "2026-11-30"));
  s.id_number = "123";
  EXPECT_FALSE(check_intake(s, true, "2026-11-30"));
  s.id_number.clear();
  const json b = intake_body(s);
  EXPECT_EQ(b.at("customer"), json::parse(R"({"phone": "13912345678", "name": "张三"})"));
  EXPECT_EQ(b.at("business"), "new_connection");
  EXPECT_EQ(b.at("address"), "邾县城关镇人民路1号");
  EXPECT_FALSE(b.contains("channel"));  // the server records service_hall for staff
  const json r = intake_reservation_body(s);
  EXPECT_EQ(r.at("channel"), "online");
  EXPECT_EQ(r.at("customer_type"), "lv_residential");
  place_intake_error(s, "customer.phone", "该号码属于工作人员账号");
  EXPECT_EQ(s.errors.at("customer.phone"), "该号码属于工作人员账号");
  place_intake_error(s, "capacity_kw", "容量超出范围");
  EXPECT_EQ(s.outcome.errors.at("capacity_kw"), "容量超出范围");  // beside its question
  place_intake_error(s, "", "稍后再试");
  EXPECT_EQ(s.errors.at("form"), "稍后再试");
}

TEST(Intake, AfterAcceptanceTheDocumentsBroughtCanBeUploaded) {
  IntakeState s;
  s.form.customer_type = gp::CustomerType::lv_non_residential;
  intake_refresh(s, false);
  s.brought = {"subject_proof"};
  intake_created(s, json::parse(R"({"number": "ZX-20261130-0050", "plan": {"documents": [
      {"code": "subject_proof", "name_zh": "主体资格证明"}, {"code": "property_proof", "name_zh": "产权证明"}]}})"));
  EXPECT_EQ(s.created, "ZX-20261130-0050");
  EXPECT_EQ(s.created_decision, "accept_with_gaps");
  ASSERT_EQ(s.uploads.size(), 1u);
  EXPECT_EQ(s.uploads[0].kind, "subject_proof");
}

TEST(Indicators, PeriodsQueryAndFigures) {
  set_language(Lang::Zh);
  IndicatorsState s;
  indicators_init(s, "2026-11-30");
  EXPECT_EQ(s.from, "2026-11-01");
  EXPECT_EQ(s.to, "2026-11-30");
  indicators_period(s, 1, "2026-03-15");
  EXPECT_EQ(s.from, "2026-02-01");
  EXPECT_EQ(s.to, "2026-02-28");
  indicators_period(s, 2, "2026-03-15");
  EXPECT_EQ(s.from, "2026-01-01");
  s.customer_type = 3;  // hv
  EXPECT_EQ(indicators_query(s), "?from=2026-01-01&to=2026-03-15&customer_type=hv");
  s.to = "2025-12-31";
  EXPECT_FALSE(check_period(s));
  EXPECT_TRUE(s.errors.count("to"));
  s.from = "2026-1-1";
  EXPECT_FALSE(check_period(s));
  EXPECT_TRUE(s.errors.count("from"));
  gp::dto::IndicatorsBody body;  // GET /indicators as the server writes it (the shared DTO)
  body.from = "2026-11-01";
  body.to = "2026-11-30";
  body.received = 224;
  body.completed = 58;
  body.average_working_days = 1.0;
  body.p90_working_days = 1.66;
  body.on_time_rate = 0.98;
  body.scope = gp::dto::ScopeDto{};
  body.stages = {{"application", "用电申请", "Application", 55, 0.19, 0.45, 0.9, 0.19, 0.45}};
  body.managers = {{1, "王建国", 7, 26, 1.2, 1.0, 4.6, 5, 0}};
  const Indicators d = parse_indicators(body);
  EXPECT_EQ(d.received, 224);
  EXPECT_EQ(scope_text(d), "全公司");
  const auto bars = step_bars(d);
  ASSERT_EQ(bars.size(), 2u);  // each step plus the whole process
  EXPECT_EQ(bars[0].values, std::vector<double>({0.19, 0.45}));
  EXPECT_EQ(bars[1].values, std::vector<double>({1.0, 1.66}));
  EXPECT_EQ(manager_bars(d)[0].label, "王建国");
  gp::dto::ReliabilityBody rb;
  rb.outages = 1;
  rb.urban = {"urban", 12000, 720, 0.96, 480, 0.99999, 0.99961, true, 0.08, 0.04, true, true, "G5"};
  rb.rural = {"rural", 30000, 720, 43200, 30000, 0.998, 0.99804, false, 1.44, 1, false, true, "G5"};
  const Reliability r = parse_reliability(rb);
  EXPECT_TRUE(r.urban.meets_asai);
  EXPECT_FALSE(r.rural.meets_asai);
  EXPECT_DOUBLE_EQ(r.rural.asai_target, 0.99804);
}

TEST(Pool, ImportFormatLinesAndConversion) {
  set_language(Lang::Zh);
  EXPECT_EQ(guess_format("\xEF\xBB\xBF approval_number,project_name\n"), ImportFormat::Csv);
  EXPECT_EQ(guess_format("  \n[{\"approval_number\": \"x\"}]"), ImportFormat::Json);
  PoolState s;
  s.import_text = "approval_number,capacity_kw\r\nA-1,800\r\nA-2,-5\n";
  import_failed(s, json::parse(R"({"errors": [{"field": "line 3: capacity_kw", "message_zh": "应大于 0", "message_en": "must be above 0"}]})"), "发现 1 处错误");
  const auto lines = import_lines(s);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2].line, 3);
  EXPECT_EQ(lines[2].text, "A-2,-5");
  EXPECT_EQ(lines[2].problem, "capacity_kw: 应大于 0");
  EXPECT_TRUE(lines[1].problem.empty());
  import_succeeded(s, json{{"imported", 2}});
  EXPECT_TRUE(s.problem_lines.empty());
  EXPECT_TRUE(s.import_text.empty());
  EXPECT_EQ(convert_body(s, "A-1"), json::object());  // one click: everything from the record
  s.convert_for = "A-1";
  s.convert_phone = "13912345678";
  EXPECT_EQ(convert_body(s, "A-1").at("customer").at("phone"), "13912345678");
  EXPECT_EQ(convert_body(s, "A-2"), json::object());
  s.search = "食品 厂";
  EXPECT_EQ(pool_path(s), "/reserve?page=1&page_size=20&status=reserve&q=%E9%A3%9F%E5%93%81%20%E5%8E%82");
}

TEST(Capacity, FormChecksAndBody) {
  set_language(Lang::Zh);
  CapacityForm f;
  EXPECT_FALSE(check_capacity_form(f, true));
  f.area = "城关镇";
  f.feeder = "10kV城关一线";
  f.capacity_kva = "8000";
  f.available_kva = "9000";
  EXPECT_FALSE(check_capacity_form(f, true));
  EXPECT_TRUE(f.errors.count("available_kva"));  // more than there is
  f.available_kva = "2500";
  f.voltage_kv = "abc";
  EXPECT_FALSE(check_capacity_form(f, true));
  f.voltage_kv = "10";
  EXPECT_TRUE(check_capacity_form(f, true));
  EXPECT_EQ(capacity_body(f), json::parse(R"({"area": "城关镇", "feeder": "10kV城关一线", "voltage_kv": 10.0, "capacity_kva": 8000.0, "available_kva": 2500.0})"));
  CapacityState s;
  edit_entry(s, parse_capacity_entry(json::parse(R"({"area": "A", "feeder": "F", "voltage_kv": 10, "capacity_kva": 8000, "available_kva": 2500.5})")));
  EXPECT_TRUE(s.form.editing_existing);
  EXPECT_EQ(s.form.available_kva, "2500.5");
}

TEST(Admin, CalendarYearChecks) {
  set_language(Lang::Zh);
  EXPECT_NE(check_calendar_json("{}", "27"), "");
  EXPECT_NE(check_calendar_json("not json", "2027"), "");
  EXPECT_NE(check_calendar_json(R"({"holidays": []})", "2027"), "");
  EXPECT_NE(check_calendar_json(R"({"holidays": [{"name": "元旦", "off": ["2026-01-01"]}], "workdays": []})", "2027"), "");  // wrong year
  EXPECT_EQ(check_calendar_json(R"({"notice": "n", "holidays": [{"name": "元旦", "off": ["2027-01-01"]}], "workdays": ["2027-02-06"]})", "2027"), "");
  EXPECT_EQ(check_calendar_json(calendar_template(2027), "2027"), "");  // the template is valid as it stands
  const auto years = parse_calendar_years(json::parse(R"({"years": [{"year": 2026, "confirmed": true, "source": "builtin",
    "holidays": [{"off": ["2026-01-01", "2026-01-02"]}], "workdays": ["2026-01-04"]}, {"year": 2027, "confirmed": false, "source": "weekends_only"}]})"));
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[0].holidays, 2);
  EXPECT_FALSE(years[1].confirmed);
}

TEST(Admin, ConfigSendsOnlyWhatChangedAndPlacesErrors) {
  set_language(Lang::Zh);
  AdminState s;
  config_loaded(s, json::parse(R"({"config": {"supervision_phone": "95598",
    "change_of_use_limits": {"rename": {"application": 1, "completion": 2}, "relocation": {"application": 1, "completion": 9}}}})"));
  ASSERT_EQ(s.limits.size(), 2u);
  EXPECT_EQ(s.limits[0].business, "relocation");  // the catalogue's order
  auto b = config_body(s);
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->empty());
  s.limits[1].completion = "3";
  s.supervision_phone = "0375-95598";
  b = config_body(s);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->at("supervision_phone"), "0375-95598");
  EXPECT_EQ(b->at("change_of_use_limits").at("rename").at("completion"), 3);
  s.limits[0].application = "x";
  EXPECT_FALSE(config_body(s));
  EXPECT_TRUE(s.config_errors.count("relocation.application"));
  place_config_error(s, "change_of_use_limits.rename.completion", "太长");
  EXPECT_EQ(s.config_errors.at("rename.completion"), "太长");
}

// Issue 10 (rules T6, S5, M5): the company settings the seed does not give are edited on the
// configuration tab, labelled as company settings; a changed step sends its whole group (the
// server checks the high-voltage steps still sum to T4's 16), a bad value is named beside its field.
TEST(Admin, CompanySettingsSendTheirGroupAndPlaceErrors) {
  set_language(Lang::Zh);
  AdminState s;
  config_loaded(s, json::parse(R"({"config": {"supervision_phone": "95598", "backfill_after_hours": 24,
    "stage_split": {"hv_application": 2, "hv_supply_plan": 7, "hv_connect": 7, "lv_application": 1},
    "asset_transfer_review": {"design_review": 3, "mid_inspection": 2}}})"));
  ASSERT_EQ(s.settings.size(), 7u);
  EXPECT_EQ(s.settings[0].path, "stage_split.hv_application");
  EXPECT_NE(s.settings[0].label.find("T6"), std::string::npos);
  auto b = config_body(s);
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->empty());
  s.settings[0].value = "3";  // hv_application
  s.settings[1].value = "6";  // hv_supply_plan
  s.settings[6].value = "48";  // backfill_after_hours
  b = config_body(s);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->at("stage_split"), json::parse(R"({"hv_application": 3, "hv_supply_plan": 6, "hv_connect": 7, "lv_application": 1})"));
  EXPECT_EQ(b->at("backfill_after_hours"), 48);
  EXPECT_FALSE(b->contains("asset_transfer_review"));
  s.settings[4].value = "-1";
  EXPECT_FALSE(config_body(s));
  EXPECT_TRUE(s.config_errors.count("asset_transfer_review.design_review"));
  place_config_error(s, "stage_split.hv_connect", "高压各环节时限之和应为 16 个工作日");
  EXPECT_EQ(s.config_errors.at("stage_split.hv_connect"), "高压各环节时限之和应为 16 个工作日");
  place_config_error(s, "stage_split", "之和应为 16");
  EXPECT_EQ(s.config_errors.at("form"), "之和应为 16");
}

TEST(Admin, NewStaffAccount) {
  set_language(Lang::Zh);
  NewUserForm f;
  EXPECT_FALSE(check_new_user(f, true));
  f.username = "CM.Zhang";
  f.name = "张伟";
  f.password = "Zx-2026-secret";
  f.role = 1;
  EXPECT_FALSE(check_new_user(f, true));  // lower case only
  f.username = "cm.zhang";
  EXPECT_TRUE(check_new_user(f, true));
  const json b = new_user_body(f);
  EXPECT_EQ(b.at("role"), "project_manager");
  EXPECT_FALSE(b.contains("phone"));
  const auto users = parse_users(json::parse(R"({"users": [{"id": 1, "username": "cm.wang", "name": "王建国", "role": "customer_manager", "work_phone": "13803750101", "disabled": true}]})"));
  EXPECT_TRUE(users[0].disabled);
  EXPECT_EQ(users[0].phone, "13803750101");
}

namespace {
json detail_app() {
  return json::parse(R"({"number": "ZX-1", "status": "in_progress", "level": "warning", "escalation": 1,
    "stages": [{"code": "application", "state": "done"}, {"code": "customer_works", "state": "active", "deadline": "2026-12-20T00:00:00+08:00"},
               {"code": "connect", "state": "pending"}],
    "documents": [{"id": 5, "kind": "subject_proof", "filename": "licence.png", "mime": "image/png", "size": 2048,
                   "url": "/api/v1/applications/ZX-1/documents/5", "uploaded_at": "2026-11-30T09:00:00+08:00"},
                  {"id": 6, "kind": "other", "filename": "plan.pdf", "mime": "application/pdf", "size": 4096, "url": "/u/6"}],
    "checklist": [{"code": "subject_proof", "state": "present"}, {"code": "property_proof", "state": "missing"}],
    "contract": {"available": false, "signed": false},
    "archive_checklist": [
      {"stage": "application", "code": "registration_form", "mark": "required", "state": "required", "name_zh": "用电登记表"},
      {"stage": "application", "code": "identity_or_subject_proof", "mark": "required", "state": "required", "name_zh": "主体证明"},
      {"stage": "application", "code": "property_proof", "mark": "required", "state": "required", "name_zh": "产权证明"},
      {"stage": "application", "code": "agent_documents", "mark": "conditional", "state": "conditional", "name_zh": "委托书"},
      {"stage": "site_survey", "code": "site_survey_form", "mark": "required", "state": "required", "name_zh": "勘查单"},
      {"stage": "connect", "code": "metering_form", "mark": "required", "state": "required", "name_zh": "装接单"},
      {"stage": "contract", "code": "supply_contract", "mark": "required", "state": "required", "name_zh": "合同"}],
    "supporting_works": [{"item": 1, "name_zh": "低压配套工程", "voltage_kv": 0.4, "limit_working_days": 3, "funding_route": "lv_repair",
      "funding_route_zh": "低压业扩配套工程材料年度费用计划", "agreed_completion_date": "2026-12-25", "started_at": "2026-11-28T09:00:00+08:00",
      "done_at": null, "elapsed_working_days": 1.5, "remaining_working_days": 1.5, "used_fraction": 0.5, "level": "normal"}],
    "events": [{"type": "submitted", "at": "2026-11-27T09:00:00+08:00", "label_zh": "提交申请", "actor": {"name": "客户"}},
               {"type": "site_survey", "at": "2026-11-28T09:00:00+08:00", "label_zh": "现场勘查", "actor": {"name": "王建国"}},
               {"type": "sla_warning", "at": "2026-11-29T09:00:00+08:00", "label_zh": "时限预警", "actor": {"name": "系统"}},
               {"type": "add_note", "at": "2026-11-29T10:00:00+08:00", "label_zh": "添加备注", "actor": {"name": "王建国"}, "data": {"note": "已约客户"}}]})");
}
}  // namespace

TEST(StaffDetail, ArchiveChecklistSaysWhatIsMissing) {
  set_language(Lang::Zh);
  const auto rows = archive_rows(detail_app());
  ASSERT_EQ(rows.size(), 7u);
  auto state_of = [&](const std::string& code) {
    for (const auto& r : rows)
      if (r.code == code) return r.state;
    return ArchiveState::NotNeeded;
  };
  EXPECT_EQ(state_of("registration_form"), ArchiveState::OnFile);          // the system's own record (D8)
  EXPECT_EQ(state_of("identity_or_subject_proof"), ArchiveState::OnFile);  // uploaded
  EXPECT_EQ(state_of("property_proof"), ArchiveState::Missing);            // collected at the site survey (D3), not yet
  EXPECT_EQ(state_of("agent_documents"), ArchiveState::NotNeeded);
  EXPECT_EQ(state_of("site_survey_form"), ArchiveState::OnFile);
  EXPECT_EQ(state_of("metering_form"), ArchiveState::Later);
  EXPECT_EQ(state_of("supply_contract"), ArchiveState::Later);
  EXPECT_EQ(count_missing(rows), 1);
}

TEST(StaffDetail, DocumentsWorksWarningAndTrail) {
  set_language(Lang::Zh);
  const json app = detail_app();
  const auto docs = doc_rows(app);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].image);   // previewed in the app
  EXPECT_FALSE(docs[1].image);  // downloaded
  EXPECT_EQ(docs[1].kind_name, "其他资料");
  const auto works = works_rows(app);
  ASSERT_EQ(works.size(), 1u);
  EXPECT_EQ(works[0].limit, 3);  // W1
  EXPECT_EQ(works[0].funding, "低压业扩配套工程材料年度费用计划");  // W3
  EXPECT_TRUE(works[0].agreed_after_customer);  // 12-25 after the customer's own 12-20 (W2)
  WarningInfo w = warning_info(app);
  EXPECT_EQ(w.escalation, 1);
  EXPECT_FALSE(w.acknowledged);
  EXPECT_TRUE(can_acknowledge(w, "customer_manager"));
  EXPECT_FALSE(can_acknowledge(w, "project_manager"));
  json acked = app;
  acked["events"].push_back({{"type", "warning_acknowledged"}, {"at", "2026-11-29T11:00:00+08:00"}, {"actor", {{"name", "王建国"}}}, {"data", {{"note", "已处理"}}}});
  w = warning_info(acked);
  EXPECT_TRUE(w.acknowledged);
  EXPECT_EQ(w.acknowledged_note, "已处理");
  EXPECT_FALSE(can_acknowledge(w, "command_center"));
  acked["escalation"] = 2;
  acked["events"].push_back({{"type", "escalated"}, {"at", "2026-11-30T11:00:00+08:00"}});
  w = warning_info(acked);
  EXPECT_FALSE(w.acknowledged);  // a new rise needs handling again
  EXPECT_FALSE(can_acknowledge(w, "customer_manager"));  // past the customer manager
  EXPECT_TRUE(can_acknowledge(w, "command_center"));
  acked["escalation"] = 3;  // leadership: administrators answer for it
  EXPECT_FALSE(can_acknowledge(warning_info(acked), "command_center"));
  EXPECT_TRUE(can_acknowledge(warning_info(acked), "admin"));
  const auto trail = staff_events(app);
  ASSERT_EQ(trail.size(), 4u);
  EXPECT_EQ(trail[0].label, "添加备注");  // newest first, internal ones included
  EXPECT_EQ(trail[0].detail, "已约客户");
  StaffDetailState s;
  s.ack_note = "x";
  staff_detail_for(s, "ZX-2");
  EXPECT_TRUE(s.ack_note.empty());
}

// Kiosk devices (issue 15): the admin's list, the name check, and the kiosk's own setup logic.
TEST(Admin, KioskDevicesParsedAndNamed) {
  state::set_language(state::Lang::En);
  const auto list = state::parse_kiosks(nlohmann::json::parse(
      R"({"devices":[{"id":1,"name":"城关营业厅1号机","created_at":"2026-03-02T10:00:00+08:00","revoked_at":null,"active":true},
                     {"id":2,"name":"旧机","created_at":"2026-03-01T10:00:00+08:00","revoked_at":"2026-03-02T09:00:00+08:00","active":false}]})"));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_TRUE(list[0].active);
  EXPECT_EQ(list[0].name, "城关营业厅1号机");
  EXPECT_FALSE(list[1].active);
  EXPECT_EQ(list[1].revoked_at, "2026-03-02T09:00:00+08:00");
  EXPECT_TRUE(state::parse_kiosks(nlohmann::json::parse(R"({"devices":"x"})")).empty());
  state::AdminState s;
  EXPECT_FALSE(state::check_kiosk_name(s));
  EXPECT_FALSE(s.kiosk_errors["name"].empty());
  s.kiosk_name = std::string(61, 'x');
  EXPECT_FALSE(state::check_kiosk_name(s));
  s.kiosk_name = "城关营业厅1号机";
  EXPECT_TRUE(state::check_kiosk_name(s));
  EXPECT_EQ(s.kiosk_errors.count("name"), 0u);
}

TEST(Kiosk, SetupUntilARegisteredDeviceTokenIsConfirmed) {
  state::set_language(state::Lang::En);
  state::KioskDeviceState d;
  EXPECT_TRUE(state::needs_setup(d)) << "no token yet";
  d.typed = "not a token";
  EXPECT_EQ(state::typed_token(d), "");
  EXPECT_NE(d.error.find("64"), std::string::npos) << d.error;
  d.typed = " " + std::string(32, 'A') + std::string(32, '7') + "\n";
  EXPECT_EQ(state::typed_token(d), std::string(32, 'a') + std::string(32, '7'));
  EXPECT_TRUE(d.error.empty());
  d.token = std::string(64, 'a');
  EXPECT_FALSE(state::needs_setup(d)) << "a stored token is used until the server says otherwise";
  state::apply_device_check(d, true, false);
  EXPECT_TRUE(state::needs_setup(d)) << "revoked or unknown: the setup screen again";
  EXPECT_FALSE(d.error.empty());
  d.checked = false;
  state::apply_device_check(d, true, true);
  EXPECT_FALSE(state::needs_setup(d));
  d.checked = false;
  state::apply_device_check(d, false, false);
  EXPECT_FALSE(state::needs_setup(d)) << "an error answer is no verdict";
  // The idle reset forgets the customer, never the terminal's registration.
  state::AppState app = state::initial_state("", "kiosk");
  app.device = d;
  state::forget_user(app);
  EXPECT_EQ(app.device.token, std::string(64, 'a'));
}
