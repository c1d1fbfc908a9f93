#include "gp/dto/examples.h"

#include "gp/catalog.h"
#include "gp/dto/answers.h"
#include "gp/dto/auth.h"
#include "gp/dto/cases.h"
#include "gp/dto/catalog.h"
#include "gp/dto/contract.h"
#include "gp/dto/desk.h"
#include "gp/dto/indicators.h"
#include "gp/dto/managers.h"
#include "gp/dto/reliability.h"
#include "gp/dto/reserve.h"
#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

ApplicationDetail example_application() {
  ApplicationDetail a;
  a.number = "ZX-20261130-0053";
  a.status = "in_progress";
  a.business = code_name(gp::named(gp::Business::new_connection));
  a.customer_type = code_name(gp::named(gp::CustomerType::hv));
  a.channel = "online";
  a.submitted_at = "2026-11-30T12:07:27+08:00";
  a.address = "邾县城关镇解放路12号";
  a.meter_location = LocationDto{33.74, 113.19};
  a.plan = {{"time_limit_working_days", 16}};
  a.time_limit_working_days = 16;  // rule T4
  gp::SlaStatus sla;
  sla.used = 3;
  sla.remaining = 13;
  sla.deadline = gp::cst_midnight(gp::Date{2026, 12, 22});
  a.sla = sla_dto(sla);
  a.clocks.application = {"T4", 16, true, true, a.sla};
  a.clocks.supporting_works = WorksClockDto{{"W1", "W2"}, 20, 2.5, 1, 1, "2026-12-31", "normal", false};  // W1: 10 kV overhead line, 20
  a.deadline = a.sla.deadline;
  a.remaining_working_days = 13;
  a.level = "normal";
  a.current_stage = CodeName{"supply_plan", "供电方案答复", "Supply plan reply"};
  StageDto st;
  st.code = "application";
  st.name_zh = "用电申请";
  st.name_en = "Application";
  st.state = "done";
  st.limit_working_days = 1;
  st.rules = {"T4", "T6"};
  st.source = "company_setting";
  st.sla = a.sla;
  st.holder = PartyDto{6, "赵晓燕", "13803750106", std::nullopt, "customer_manager"};
  StageDto customer_step = st;
  customer_step.sla.reset();
  customer_step.holder = PartyDto{std::nullopt, std::nullopt, std::nullopt, std::nullopt, "customer"};
  a.stages = {st, customer_step};
  a.waiting = WaitingDto{"contract_signature", "customer", "等待客户签订合同", "Waiting for the customer to sign"};
  a.customer_manager = st.holder;
  a.documents.push_back({12, "identity_proof", "id.pdf", "application/pdf", 2048, std::string(64, 'a'), a.submitted_at,
                         "/api/v1/applications/ZX-20261130-0053/documents/12"});
  a.checklist.push_back({"identity_proof", "身份证明", "Proof of identity", "present", "D1"});
  a.archive_checklist.push_back({"application", "受理", "Application", "registration_form", "用电登记表", "Registration form", "required", "required"});
  WorksItemDto w;
  w.item = 1;
  w.kind = "overhead_line";
  w.voltage_kv = 10;
  w.limit_working_days = 20;
  w.agreed_completion_date = "2026-12-31";
  w.started_at = a.submitted_at;
  w.sla = a.sla;
  a.supporting_works = {w};
  a.contract = {true, false, std::string(64, 'b'), std::nullopt, std::nullopt};
  a.works_contract = WorksContractDto{1, std::string(64, 'c'), true, a.submitted_at, false, "/api/v1/applications/x/works-contract"};
  a.intended_connection_date = "2027-01-15";
  a.rating = RatingDto{5, std::nullopt, "很好", a.submitted_at};
  a.events.push_back({1, a.submitted_at, "submitted", "提交申请", "Submitted", PartyDto{std::nullopt, "系统", std::nullopt, std::nullopt, "system"},
                      "customer", "online", {{"facts", {{"business", "new_connection"}}}}});
  a.next_actions.push_back(next_action_dto(gp::ActionSpec{"withdraw", "撤回申请", "Withdraw", {}, "", ""}, a.number));
  a.customer = CustomerDto{9, "客户", "13700000001", false};
  return a;
}

ApplicationPageDto example_application_page() {
  ApplicationRowDto row;
  row.number = "ZX-20261130-0053";
  row.business = code_name(gp::named(gp::Business::new_connection));
  row.customer_type = code_name(gp::named(gp::CustomerType::lv_residential));
  row.stage = CodeName{"application", "用电申请", "Application"};
  row.deadline = "2026-12-03T00:00:00+08:00";
  row.customer_manager = NameRefDto{6, "赵晓燕"};
  row.contact_phone = "13800138000";
  ApplicationPageDto page;
  page.items = {row};
  row.contact_phone.reset();  // a customer's own row carries no contact phone key
  page.items.push_back(row);
  page.total = 2;
  return page;
}

BoardDto example_board() {
  BoardDto b;
  b.now = "2026-12-07T09:00:00+08:00";
  BoardItemDto app;
  app.kind = "application";
  app.number = "ZX-20261130-0053";
  app.level = "warning";
  app.escalation = 1;
  app.stage = CodeName{"application", "用电申请", "Application"};
  app.supporting_works = BoardWorksClockDto{1, code_name(gp::named(gp::WorksKind::overhead_line)), "normal", 20, 3, 17,
                                                     std::nullopt, "2026-12-31", "W1"};
  BoardItemDto res;
  res.kind = "reservation";
  res.number = "YY-20261207-0001";
  res.channel = "phone";
  res.due_at = "2026-12-07T09:20:00+08:00";  // rule D4: 20 minutes to dispatch
  res.remaining_seconds = 1200;
  b.items = {app, res};
  b.counts.total = 2;
  b.counts.by_kind = {{"application", 1}, {"reservation", 1}};
  b.counts.by_level = {{"normal", 1}, {"warning", 1}, {"overdue", 0}};
  b.counts.by_escalation = {{"0", 1}, {"1", 1}, {"2", 0}, {"3", 0}};
  b.counts.by_manager = {{6, std::nullopt, "赵晓燕", 1, 1, 0}, {std::nullopt, std::nullopt, "", 1, 0, 0}};
  b.counts.by_stage = {{std::nullopt, app.stage, "", 1, 1, 0}};
  b.counts.backfill_after_hours = 24;
  b.rules = {"M1", "M2", "G6", "D4", "W2", "M5"};
  return b;
}

TrackDto example_track() {
  TrackDto t;
  t.number = "ZX-20261130-0053";
  t.status = "in_progress";
  t.business = code_name(gp::named(gp::Business::new_connection));
  t.time_limit_working_days = 16;
  t.limit_excludes_supporting_works = true;
  t.supporting_works.push_back({"架空线路", "Overhead line", 20, "2026-12-31", "2026-12-01T09:00:00+08:00", std::nullopt, "2026-12-29T00:00:00+08:00"});
  t.stages.push_back({"application", "用电申请", "Application", "done", "2026-11-30T12:07:27+08:00", "2026-12-01T10:00:00+08:00", 2,
                      "company_setting", std::nullopt});
  return t;
}

namespace {

template <class T>
json reencode(const json& j) {
  return json(decode<T>(j));
}

template <class T>
DtoExample example(const char* name, const T& full) {
  return {name, json(full), json(T{}), &reencode<T>};
}

IndicatorsBody example_indicators() {
  IndicatorRecord r;
  r.number = "ZX-20261102-0001";
  r.submitted_at = cst_midnight(Date{2026, 11, 2}) + 3600;
  r.completed_at = r.submitted_at + 86400;
  r.working_days = 1.5;
  r.limit_working_days = 2;
  r.channel = "online";
  r.stages = {{StageCode::application, 0.5, true}, {StageCode::connect, 1.0, true}};
  r.stage_count = 2;
  r.service_score = 5;
  r.manager_score = 4;
  r.manager_id = 6;
  r.manager_name = "赵晓燕";
  IndicatorsBody b = indicators_body(compute_indicators({r}, Date{2026, 11, 1}, Date{2026, 11, 30}, CustomerType::lv_residential));
  b.scope = ScopeDto{false, 6, "赵晓燕"};
  return b;
}

ReliabilityBody example_reliability() {
  ReliabilityBody b;
  b.from = "2026-11-01";
  b.to = "2026-11-30";
  b.urban_customers = 1000;
  b.rural_customers = 2000;
  for (const auto& a : compute_reliability({}, Date{2026, 11, 1}, Date{2026, 11, 30}, 1000, 2000))
    (a.area == Area::urban ? b.urban : b.rural) = area_reliability_dto(a);
  return b;
}

}  // namespace

const std::vector<DtoExample>& dto_examples() {
  static const std::vector<DtoExample> all = [] {
    std::vector<DtoExample> v;
    v.push_back(example("ApplicationDetail", example_application()));
    v.push_back(example("ApplicationPage", example_application_page()));
    v.push_back(example("Board", example_board()));
    v.push_back(example("Track", example_track()));
    v.push_back(example("Indicators", example_indicators()));
    v.push_back(example("Reliability", example_reliability()));
    v.push_back(example("Managers", ManagersBody{{{6, "赵晓燕", "13803750106", "客户经理", "Customer manager", 4, 1.5, 4.5, 2, 1}}, "M3"}));
    v.push_back(example("Error", error_body(make_error("required", "customer.phone", "缺少手机号", "missing phone"), false)));
    v.push_back(example("Session", SessionDto{"token", "customer", {9, "customer", "客户", std::nullopt, "13700000001", "110***********1234", std::nullopt, std::nullopt},
                                              "2026-12-07T11:00:00+08:00"}));
    v.push_back(example("Me", MeDto{UserDto{6, "customer_manager", "赵晓燕", "cm.zhao", std::nullopt, std::nullopt, "13803750106", true}, "customer_manager"}));
    v.push_back(example("Notifications", NotificationPageDto{{{7, "2026-12-07T09:00:00+08:00", "step_done", "已受理", "Accepted", "您的申请已受理",
                                                                "Your application was accepted", false, "ZX-20261207-0001"}}, 1, 7}));
    ReservationDto res;
    res.number = "YY-20261207-0001";
    res.channel = "phone";
    res.business = code_name(named(Business::new_connection));
    res.customer_type = code_name(named(CustomerType::lv_residential));
    res.due_action = "dispatch";
    res.handled_at = "2026-12-07T09:10:00+08:00";
    res.application_number = "ZX-20261207-0001";
    res.phone = "13800138000";
    res.customer_manager = NameRefDto{6, "赵晓燕"};
    v.push_back(example("Reservation", res));
    v.push_back(example("ReservationList", ReservationListDto{{res}, 1}));
    ConsultationDto con;
    con.id = 3;
    con.status = "replied";
    con.preliminary_plan = {{"time_limit_working_days", 16}};
    con.pre_review = {{"rule", "S5"}};
    con.reply = ConsultationReplyDto{"建议报装 630 kVA", "2026-12-07T10:00:00+08:00", NameRefDto{6, "赵晓燕"}};
    con.customer = Person{9, "客户", "13700000001", ""};
    v.push_back(example("Consultation", con));
    v.push_back(example("ConsultationPage", ConsultationPageDto{{con}, 1, 1, 20}));
    v.push_back(example("CapacityAnswer", CapacityAnswerDto{"城关", {{"城关镇", "10kV城关一线", 10, 8000, 3000, 0.625, "", "2026-12-07T09:00:00+08:00"}},
                                                             3000, "2026-12-07T09:00:00+08:00", "R4"}));
    v.push_back(example("ContractText", ContractTextDto{true, "供用电合同……", std::string(64, 'a'), true, "2026-12-07T10:00:00+08:00", "drawn"}));
    WorksContractTextDto w;
    w.version = 2;
    w.text = "服务契约……时限 20 个工作日";
    w.signed_at = "2026-12-07T10:00:00+08:00";
    w.method = "password";
    w.works = {{1, "2026-12-18", "2026-12-17T16:00:00+08:00", false}};
    w.versions = std::vector<WorksContractVersionDto>{{1, std::string(64, 'b'), false, std::nullopt}, {2, std::string(64, 'c'), true, w.signed_at}};
    v.push_back(example("WorksContractText", w));
    ReserveItemDto r;
    r.approval_number = "2026-411000-01";
    r.expected_date = "2027-03-01";
    r.status = "converted";
    r.application_number = "ZX-20261207-0002";
    r.converted_at = "2026-12-07T10:00:00+08:00";
    r.preliminary_plan = {{"time_limit_working_days", 16}};
    v.push_back(example("ReservePage", ReservePageDto{{r}, 1, 1, 20}));
    v.push_back(example("ReserveItem", r));
    v.push_back(example("Catalog", decode<CatalogDto>(catalog_json())));
    v.push_back(example("Health", HealthDto{"ok", "1.0.0", "2026-12-07T09:00:00+08:00"}));
    v.push_back(example("Ok", OkDto{}));
    v.push_back(example("Marked", MarkedDto{3}));
    v.push_back(example("Imported", ImportedDto{2}));
    v.push_back(example("KioskFlag", KioskFlagDto{true}));
    v.push_back(example("CalendarDate", CalendarDateDto{"2026-12-09", true}));
    v.push_back(example("WorkingDayCount", WorkingDayCountDto{5, true}));
    const UserDto staff{6, "customer_manager", "赵晓燕", "cm.zhao", std::nullopt, std::nullopt, "13803750106", std::nullopt};
    v.push_back(example("Users", UsersDto{{staff}}));
    v.push_back(example("UserCreated", UserCreatedDto{staff}));
    v.push_back(example("UserDisabled", UserDisabledDto{6, true}));
    v.push_back(example("TotpSetup", TotpSetupDto{"JBSWY3DPEHPK3PXP", "otpauth://totp/GetPower:cm.zhao?secret=JBSWY3DPEHPK3PXP", 6, 30, "SHA1"}));
    v.push_back(example("TotpState", TotpStateDto{true, std::vector<std::string>{"a1b2-c3d4"}}));
    v.push_back(example("SweepReport", SweepReportDto{12, 0, 0, 1, 3, 0.02, "2026-12-07T09:00:00+08:00"}));
    v.push_back(example("TestClock", TestClockDto{"2026-12-07T09:00:00+08:00", true}));
    // Issue 11, rules M6/M5.
    CaseDto cs;
    cs.number = "SQ-20261207-0001";
    cs.kind = CodeName{"complaint", "投诉", "Complaint"};
    cs.category = CodeName{"extra_documents", "增收办电资料", "Demanding extra documents"};
    cs.status = CodeName{"closed", "已办结", "Closed"};
    cs.prohibition = true;
    cs.channel = "phone";
    cs.created_at = "2026-12-07T09:00:00+08:00";
    cs.application_number = "ZX-20261130-0053";
    cs.text = "客户经理要求额外提供房屋平面图";
    cs.contact = CaseContactDto{std::string("王女士"), std::string("13800138000"), std::int64_t{9}};
    cs.department = CodeName{"marketing", "营销部", "Marketing"};
    cs.assignee = NameRefDto{6, "赵晓燕"};
    cs.assigned_at = "2026-12-07T09:10:00+08:00";
    cs.due_at = "2026-12-10T09:10:00+08:00";
    cs.limit_hours = 72;
    cs.answer = "已核实，向客户致歉";
    cs.answered_at = "2026-12-08T10:00:00+08:00";
    cs.closed_at = "2026-12-08T11:00:00+08:00";
    cs.closing_note = "查实";
    cs.founded = true;
    cs.responsible = CaseResponsibleDto{CodeName{"marketing", "营销部", "Marketing"}, "城关供电所", NameRefDto{6, "赵晓燕"}};
    cs.rating = 4;
    cs.rating_comment = "处理及时";
    cs.callback_id = 2;
    v.push_back(example("Case", cs));
    v.push_back(example("CasePage", CasePageDto{{cs}, 1, 1, 20}));
    v.push_back(example("ProhibitionCounts", ProhibitionCountsDto{"2026-12", {{cs.category, *cs.department, "城关供电所", NameRefDto{6, "赵晓燕"}, 1}}, 1, "M6"}));
    CallbackDto cb;
    cb.id = 2;
    cb.application_number = "ZX-20261130-0053";
    cb.case_number = "SQ-20261201-0002";
    cb.reached = true;
    cb.satisfied = false;
    cb.said.extra_document = true;
    cb.other = "还跑了两趟营业厅";
    cb.mismatches = {{"extra_document", cs.category, "客户称被要求提供额外资料，而办电只需两证（D1）",
                      "the customer says an extra document was asked for; only the two documents are allowed (D1)", "SQ-20261207-0001"}};
    cb.customer_manager = NameRefDto{6, "赵晓燕"};
    cb.recorded_by = NameRefDto{3, "指挥中心值班"};
    cb.recorded_at = "2026-12-07T09:00:00+08:00";
    v.push_back(example("Callback", cb));
    v.push_back(example("CallbackPage", CallbackPageDto{{cb}, 1, 1, 20}));
    v.push_back(example("Accountability", AccountabilityDto{"2026-12", {{NameRefDto{6, "赵晓燕"}, 2, 1}}, 2, 1, 24, "company_setting", "M5"}));
    return v;
  }();
  return all;
}

}  // namespace gp::dto
