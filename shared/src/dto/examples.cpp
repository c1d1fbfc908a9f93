#include "gp/dto/examples.h"

#include "gp/catalog.h"
#include "gp/dto/admin.h"
#include "gp/dto/answers.h"
#include "gp/dto/auth.h"
#include "gp/dto/cases.h"
#include "gp/dto/catalog.h"
#include "gp/dto/contract.h"
#include "gp/dto/cost.h"
#include "gp/dto/desk.h"
#include "gp/dto/indicators.h"
#include "gp/dto/managers.h"
#include "gp/dto/pool.h"
#include "gp/dto/reliability.h"
#include "gp/dto/outcomes.h"
#include "gp/dto/plan.h"
#include "gp/dto/reserve.h"
#include "gp/dto/published.h"  // issue 11, rule P3
#include "gp/dto/wire.h"
#include "gp/rules.h"
#include "gp/service_config.h"

namespace gp::dto {

using nlohmann::json;

namespace {
// An HV asset-transfer, dual-power plan with supporting works: most of the plan's parts present.
gp::Plan example_rules_plan() {
  gp::Facts f;
  f.business = Business::new_connection;
  f.customer_type = CustomerType::hv;
  f.voltage_kv = 10;
  f.capacity_kw = 630;
  f.asset_transfer = true;
  f.dual_power = true;
  f.customer_external_works = true;
  f.affects_other_customers = false;
  f.meter_location = gp::Coordinates{33.74, 113.19};
  f.supporting_works = {gp::WorksItem{10, WorksKind::overhead_line, false}};
  return evaluate(f).value();
}
}  // namespace

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
  a.plan = plan_dto(example_rules_plan());  // gp/dto/plan.h
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
    // rule M7: the grab pool.
    v.push_back(example("Pool", PoolBody{{{"ZX-20261208-0003", code_name(gp::named(gp::Business::new_connection)),
                                           code_name(gp::named(gp::CustomerType::lv_residential)), "邾县城关镇解放路12号",
                                           "2026-12-08T09:00:00+08:00", "2026-12-08T10:00:00+08:00"}},
                                         true, 60, 30, 4, "company_setting", "M7"}));
    v.push_back(example("GrabAnswer", GrabAnswer{"ZX-20261208-0003", {6, "赵晓燕", "13803750106", "customer_manager"}, "M7"}));
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
    con.preliminary_plan = plan_summary_dto(example_rules_plan());  // gp/dto/plan.h
    con.pre_review = PreReviewDto{true, "可在线提交图纸预审", "Drawings may be pre-reviewed online", "R2"};
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
    r.preliminary_plan = plan_summary_dto(example_rules_plan());
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
    // Issue 16, the last bodies (gp/dto/admin.h, gp/dto/outcomes.h): the administrator's and the
    // actions' answers.
    {
      ServiceConfigDto cfg = decode<ServiceConfigDto>(json::parse(ServiceConfig::builtin().to_json()));
      cfg.supervision_phone = "0375-95598";
      AdminConfigDto admin{cfg, {{"sla", ConfigSourceDto{"company_setting", std::vector<std::string>{"M1", "M2"}, "预警阈值", "Warning thresholds"}},
                                 {"company", ConfigSourceDto{"company_setting", std::nullopt, std::nullopt, std::nullopt}}},
                           "已受理申请的环节时限以受理时承诺的为准", "Applications keep the limits promised at submission"};
      v.push_back(example("AdminConfig", admin));
      const CalendarYearDto year{2027, true, "published", "国务院办公厅通知", {{"元旦", {"2027-01-01"}}}, {"2027-02-07"},
                                 std::string("该年节假日尚未公布"), std::string("Not published yet")};
      v.push_back(example("CalendarYears", CalendarYearsDto{{year}}));
      v.push_back(example("CalendarPublished", CalendarPublishedDto{year}));
      const KioskDeviceDto kiosk{4, "城关营业厅 1 号终端", "2026-12-07T09:00:00+08:00", "2026-12-08T09:00:00+08:00", false};
      v.push_back(example("KioskList", KioskListDto{{kiosk}}));
      v.push_back(example("KioskDevice", KioskDeviceBody{kiosk}));
      v.push_back(example("KioskRegistered", KioskRegisteredDto{kiosk, std::string(64, 'f')}));
      v.push_back(example("SmsOutbox", SmsOutboxDto{true, {{1, "13800138000", "register", "sent", 1, "2026-12-07T09:00:00+08:00",
                                                             "2026-12-07T09:00:01+08:00", "timeout", "您的验证码是 123456", "123456"}},
                                                    TextZhEn{"开发用短信发件箱", "Development outbox"}}));
      v.push_back(example("CustomersServed", CustomersServedDto{{1000, 2000}}));
      const HallClaimDto claim{"AB12-CD34", "2026-12-14T09:00:00+08:00", true, "请将认领码打印在回执上", "Print the claim code on the receipt"};
      ApplicationCreatedDto created;
      static_cast<ApplicationDetail&>(created) = example_application();
      created.claim = claim;
      v.push_back(example("ApplicationCreated", created));
      v.push_back(example("PendingClaims", PendingClaimsDto{{{"客户", "2026-12-07T09:00:00+08:00", "ZX-20261207-0001", "new_connection"}}}));
      v.push_back(example("Acknowledged", AcknowledgedDto{{"warning", 2, "command_center", "已联系客户", {{"app:1", "", "warning", 2}}, true, "M2"},
                                                         example_application()}));
      ReserveItemDto reserve;
      reserve.approval_number = "2026-411000-01";
      reserve.expected_date = "2027-03-01";
      reserve.application_number = "ZX-20261207-0002";
      reserve.converted_at = "2026-12-07T10:00:00+08:00";
      v.push_back(example("ReserveConverted", ReserveConvertedDto{reserve, example_application(), claim}));
      v.push_back(example("ReservationConverted", ReservationConvertedDto{res, example_application(), claim}));
      v.push_back(example("SmsCodeSent", SmsCodeSentDto{true, 600, 60}));
      v.push_back(example("OutageRecorded", OutageRecordedDto{{5, "urban", "2026-11-03T08:00:00+08:00", "2026-11-03T10:30:00+08:00", 2.5, 120,
                                                               "10kV城关一线", "检修"}}));
      v.push_back(example("CapacitySaved", CapacitySavedDto{{"城关镇", "10kV城关一线", 10, 8000, 3000, 0.625, "", "2026-12-07T09:00:00+08:00"}, true}));
      v.push_back(example("CapacityQueryLog", CapacityQueryLogDto{{{1, "2026-12-07T09:00:00+08:00", CapacityQueryUserDto{9, "客户", "customer"}, "城关",
                                                                   "203.0.113.7", 1}}, 1, 1, 20, "R4"}));
      v.push_back(example("Document", example_application().documents.at(0)));
    }
    // Issue 16, the plan as the wire carries it (gp/dto/plan.h): an HV plan with every optional part.
    {
      const gp::Plan plan = example_rules_plan();
      PlanDto full = plan_dto(plan);
      full.invest_to_red_line_basis = "I1a";
      if (!full.boundary_switch_exemption) full.boundary_switch_exemption = PlanTextDto{"exempt", "免装分界开关", "No boundary switch", "I6"};
      if (!full.review_scope) full.review_scope = ReviewScopeDto{{{"design", "设计审查", "Design review"}}, {{"none", "无", "None"}}, "S5"};
      if (full.review_scope->excluded.empty()) full.review_scope->excluded.push_back({"none", "无", "None"});
      if (full.company_boundary_items.empty()) full.company_boundary_items.push_back({"switch", "分界开关", "Boundary switch", "I6", "company"});
      if (full.notes.empty()) full.notes.push_back({"note", "说明", "Note", "T6"});
      full.archive_channel = "online";
      full.high_reliability_fee = HighReliabilityFeeDto{1260000, "12600.00", "F1"};
      full.rental_package = RentalChoiceDto{2, "200 kVA 箱变 · 月租", 200, 520000, "5200.00", 1500000, "15000.00", 3, "P4"};
      for (auto& st : full.stages) st.source = st.source.value_or("company_setting");
      v.push_back(example("Plan", full));
      PlanSummaryDto summary = plan_summary_dto(plan);
      v.push_back(example("PlanSummary", summary));
      v.push_back(example("PreReview", PreReviewDto{true, "可在线提交图纸预审", "Drawings may be pre-reviewed online", "R2"}));
    }
    // --- rule P4 (issue 11): cost consultation and rental packages.
    CostConsultationDto cost;
    cost.id = 4;
    cost.status = "rated";
    cost.equipment = {{"电焊机", 20, 25}};
    cost.use = CodeName{"industrial", "工业", "Industrial"};
    cost.voltage_kv = 10;
    cost.area = "经开区";
    cost.address = "邾县经开区纬二路6号";
    cost.company = "邾县精工机械有限公司";
    cost.credit_code = "91350100M000100Y43";
    cost.created_at = "2026-12-07T09:00:00+08:00";
    cost.due_at = "2026-12-10T00:00:00+08:00";
    cost.limit_working_days = 2;
    cost.level = "normal";
    cost.estimate = CostEstimateDto{500, 0.75, 0.85, 441.18, false, false, 500, "kVA", "10 千伏箱式变电站", "10 kV box substation", "估算", "estimate", "company_setting"};
    cost.answer = CostAnswerDto{500, "箱式变电站 1 台", "约 35 万元（参考）", "2026-12-08T10:00:00+08:00", NameRefDto{6, "赵晓燕"}};
    cost.rating = CostRatingDto{5, "清楚", "2026-12-08T11:00:00+08:00"};
    cost.customer = Person{9, "客户", "13700000001", ""};
    v.push_back(example("CostConsultation", cost));
    v.push_back(example("CostConsultationPage", CostConsultationPageDto{{cost}, 1, 1, 20}));
    const RentalPackageDto pkg{2, "200 kVA 箱变 · 月租", 200, 520000, 1500000, "5200.00", "15000.00", 3, true, "2026-12-07T09:00:00+08:00"};
    v.push_back(example("RentalPackage", pkg));
    v.push_back(example("RentalPackageList", RentalPackageListDto{{pkg}, "P4"}));
    // Issue 11, rule P3: the contractor directory and the published documents.
    ContractorDto c;
    c.id = 3;
    c.kind = "construction";
    c.categories = {"install", "repair"};
    c.name = "邾县电力安装有限公司";
    c.credit_code = "91350100M000100Y43";
    c.licence_number = "(承装)3-1-00123-2024";
    c.licence_class = "三级";
    c.scope = "10千伏及以下电力设施的安装、维修";
    c.valid_from = "2024-01-01";
    c.valid_until = "2026-12-31";
    c.county = "邾县";
    c.phone = "0371-62345678";
    c.status = "withdrawn";
    c.days_left = 24;
    c.withdrawn_at = "2026-12-07T10:00:00+08:00";
    c.updated_at = "2026-12-07T10:00:00+08:00";
    v.push_back(example("Contractor", c));
    ContractorPageDto cp;
    cp.items = {c};
    cp.total = 1;
    cp.today = "2026-12-07";
    v.push_back(example("ContractorPage", cp));
    PublicationDto pub;
    pub.id = 2;
    pub.kind = "tariff_policy";
    pub.version = 2;
    pub.title = "电价电费政策（2026 版）";
    pub.body = "居民生活用电实行阶梯电价……";
    pub.published_at = "2026-12-07T10:00:00+08:00";
    pub.attachments = {{5, "tariff-2026.pdf", "application/pdf", std::string(64, 'd'), 48213}};
    v.push_back(example("Publication", pub));
    v.push_back(example("PublicationList", PublicationListDto{{pub}}));
    v.push_back(example("ExpiringDays", ExpiringDaysDto{30, "company_setting", "P3"}));
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
