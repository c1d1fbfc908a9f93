// Monthly indicators (rule M4) over HTTP, checked against figures computed by hand on a fixed data
// set built through the API with the test clock: six LV applications in May/June 2026 with known
// timings (company working days, T6: the day of submission and weekends do not count), channels,
// one proactive, one withdrawn, one still open, two ratings. The JSON and the CSV give the same
// figures; customers never see them; a customer manager sees their own.
#include <gtest/gtest.h>

#include "gp/indicators.h"
#include "ops_helpers.h"

using gp::life::find_action;
using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

struct Data {
  Lab lab;
  Party cc, cm1, cm2, cm3, pm, ca, cb, ce, cf, cg, ch;
  std::string a, b, c, d, e, f, g, h, hv_dual, hv_single;

  json lv(const std::string& address, const Party& manager) {
    return {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", address}, {"preferred_manager", manager.id}};
  }
  // Accept and survey: closes the application step (collecting the missing documents, D3).
  void survey(Party& cm, const std::string& n) {
    lab.act_rendered(cm, n, "accept");
    json fields = json::object();
    const json view = lab.app(cm, n);
    if (const json* spec = find_action(view, "site_survey"))
      for (const auto& fd : spec->at("fields"))
        if (fd.at("name") == "documents_collected") fields["documents_collected"] = true;
    lab.act_rendered(cm, n, "site_survey", fields);
  }
  // Inspection, meter, the customer's signature (P1), energizing: closes the last step.
  void energize(Party& cm, Party& customer, const std::string& n) {
    lab.act_rendered(cm, n, "complete_inspection");
    lab.act_rendered(cm, n, "install_meter");
    const json k = lab.get_ok(customer, "/api/v1/applications/" + n + "/contract");
    lab.post_ok(customer, "/api/v1/applications/" + n + "/contract/sign",
                {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", customer.password}});
    const json done = lab.act_rendered(cm, n, "energize");
    EXPECT_EQ(done.value("status", ""), "completed") << n;
  }

  Data()
      : cc(lab.staff("command_center", "cc.ind", "指挥中心")),
        cm1(lab.staff("customer_manager", "cm.jia", "甲经理")),
        cm2(lab.staff("customer_manager", "cm.yi", "乙经理")),
        cm3(lab.staff("customer_manager", "cm.bing", "丙经理")),
        pm(lab.staff("project_manager", "pm.ind", "项目经理")),
        ca(lab.customer("客户甲")),
        cb(lab.customer("客户乙")),
        ce(lab.customer("客户戊")),
        cf(lab.customer("客户己")),
        cg(lab.customer("客户庚")),
        ch(lab.customer("客户辛")) {
    // F: online, Friday 05-29 09:00; surveyed Monday 06-01 06:00, energized 12:00 (over a weekend).
    lab.set_now("2026-05-29T09:00:00+08:00");
    f = lab.create_app(cf, lv("邾县F路1号", cm1)).at("number");
    lab.set_now("2026-06-01T06:00:00+08:00");
    survey(cm1, f);
    lab.set_now("2026-06-01T12:00:00+08:00");
    energize(cm1, cf, f);
    // A: online; B: at the service hall (staff on the customer's behalf); both Monday 06-08 09:00.
    lab.set_now("2026-06-08T09:00:00+08:00");
    a = lab.create_app(ca, lv("邾县A路1号", cm1)).at("number");
    json hall = lv("邾县B路1号", cm2);
    hall["customer"] = {{"phone", cb.phone}, {"name", cb.name}};
    b = lab.create_app(cm2, hall).at("number");
    // The number has an account: its owner accepts the hall application (issue 15).
    lab.post_ok(cb, "/api/v1/applications/pending/" + b + "/accept", json::object());
    lab.set_now("2026-06-09T06:00:00+08:00");
    survey(cm1, a);
    lab.set_now("2026-06-09T10:00:00+08:00");
    c = lab.create_app(ca, lv("邾县C路1号", cm1)).at("number");
    lab.set_now("2026-06-09T18:00:00+08:00");
    energize(cm1, ca, a);
    lab.set_now("2026-06-10T06:00:00+08:00");
    survey(cm1, c);
    lab.set_now("2026-06-10T09:00:00+08:00");
    d = lab.create_app(ca, lv("邾县D路1号", cm1)).at("number");
    lab.set_now("2026-06-10T12:00:00+08:00");
    survey(cm2, b);
    // E: proactive service for an enterprise (S2), started by the command center; stays open.
    lab.set_now("2026-06-11T09:00:00+08:00");
    e = lab.create_app(cc, {{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"industry", "commercial"},
                            {"capacity_kw", 50}, {"proactive", true}, {"channel", "proactive"}, {"address", "邾县E路1号"},
                            {"customer", {{"phone", ce.phone}, {"name", ce.name}}}, {"preferred_manager", cm2.id}})
            .at("number");
    lab.post_ok(ce, "/api/v1/applications/pending/" + e + "/accept", json::object());
    lab.set_now("2026-06-11T10:00:00+08:00");
    lab.act(ca, d, "withdraw", {{"reason", "改期再办"}});
    lab.set_now("2026-06-11T12:00:00+08:00");
    energize(cm2, cb, b);
    lab.set_now("2026-06-11T21:36:00+08:00");
    energize(cm1, ca, c);
    lab.set_now("2026-06-12T10:00:00+08:00");
    lab.post_ok(ca, "/api/v1/applications/" + a + "/rating", {{"service_score", 5}, {"manager_score", 5}});
    lab.post_ok(cb, "/api/v1/applications/" + b + "/rating", {{"service_score", 3}, {"manager_score", 4}});
    // July (rule D2): G at the service hall's kiosk (a registered device, issue 15), H online.
    lab.set_now("2026-07-06T09:00:00+08:00");
    const std::string device = lab.post_ok(lab.admin(), "/api/v1/admin/kiosks", {{"name", "城关营业厅1号机"}}, 201).value("token", "");
    json at_kiosk = lv("邾县G路1号", cm1);
    at_kiosk["channel"] = "kiosk";
    auto r = lab.call(&cg, "POST", "/api/v1/applications", &at_kiosk, {{"X-GetPower-Kiosk-Device", device}});
    EXPECT_EQ(r.status, 201) << r.raw;
    g = r.body.value("number", "");
    // H (online, 丙经理): surveyed Tuesday 07-07 06:00; the customer is asked for information at
    // 12:00 and answers Thursday 07-09 12:00 (two days of customer time, rules T6, M3, M4); energized
    // Friday 07-10 12:00.
    h = lab.create_app(ch, lv("邾县H路1号", cm3)).at("number");
    lab.set_now("2026-07-07T06:00:00+08:00");
    survey(cm3, h);
    lab.set_now("2026-07-07T12:00:00+08:00");
    lab.act_rendered(cm3, h, "request_information", {{"message", "请补充用电设备清单"}});
    lab.set_now("2026-07-09T12:00:00+08:00");
    lab.act(ch, h, "provide_information", {{"message", "已补充"}});
    lab.set_now("2026-07-10T12:00:00+08:00");
    energize(cm3, ch, h);
    // August (rule F1): two HV applications; the dual-power one is charged the one fee with its plan.
    lab.set_now("2026-08-03T09:00:00+08:00");
    const json hv = {{"business", "new_connection"}, {"customer_type", "hv"}, {"industry", "industrial"}, {"capacity_kw", 800},
                     {"address", "邾县工业园1号"}, {"preferred_manager", cm2.id}};
    json dual = hv;
    dual["dual_power"] = true;
    dual["address"] = "邾县工业园2号";
    hv_dual = lab.create_app(ca, dual).at("number");
    hv_single = lab.create_app(cb, hv).at("number");
    lab.set_now("2026-08-04T09:00:00+08:00");
    for (const auto& n : {hv_dual, hv_single}) {
      lab.act_rendered(cm2, n, "accept");
      lab.act_rendered(cm2, n, "site_survey");
    }
  }
};

// The data set is built once for the suite (about sixty requests) and its server stopped after.
class Indicators : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { data_ = new Data(); }
  static void TearDownTestSuite() {
    delete data_;
    data_ = nullptr;
  }
  static Data& data() { return *data_; }
  static Data* data_;
};
Data* Indicators::data_ = nullptr;

const json* manager_row(const json& ind, std::int64_t id) {
  for (const auto& m : ind.at("managers"))
    if (m.at("id") == id) return &m;
  return nullptr;
}

const json* stage_row(const json& ind, const std::string& code) {
  for (const auto& s : ind.at("stages"))
    if (s.at("stage") == code) return &s;
  return nullptr;
}

}  // namespace

// By hand (working days of company time, counted from the midnight after each start):
//   F 0.5 (Sat/Sun off; Mon 00–12), A 0.75, B 2.5 (late: T1 = 2), C 1.9; D withdrawn; E open.
//   total: average (0.5 + 0.75 + 2.5 + 1.9) / 4 = 1.4125; p90 (nearest rank 4 of 4) = 2.5
//   application step: 0.25, 0.25, 1.5, 0.25 -> average 0.5625, p90 1.5
//   meter & energize step: 0, 0, 0.5, 0.9 -> average 0.35, p90 0.9
//   June received A B C D E = 5: online A C D = 0.6, proactive E = 0.2; completed F A B C = 4, on time 3/4
//   satisfaction (5 + 3) / 2 = 4, rate (scores >= 4) 1/2
TEST_F(Indicators, M4_FiguresMatchTheHandComputedValues) {
  Data& d = data();
  const json ind = d.lab.get_ok(d.cc, "/api/v1/indicators?from=2026-06-01&to=2026-06-30");
  EXPECT_EQ(ind.at("scope"), "company");
  EXPECT_EQ(ind.at("from"), "2026-06-01");
  EXPECT_EQ(ind.at("received"), 5);
  EXPECT_EQ(ind.at("completed"), 4);
  EXPECT_EQ(ind.at("withdrawn"), 1);
  EXPECT_NEAR(ind.at("average_working_days").get<double>(), 1.4125, 1e-9);
  EXPECT_NEAR(ind.at("p90_working_days").get<double>(), 2.5, 1e-9);
  EXPECT_NEAR(ind.at("max_working_days").get<double>(), 2.5, 1e-9);
  EXPECT_NEAR(ind.at("on_time_rate").get<double>(), 0.75, 1e-12);
  EXPECT_NEAR(ind.at("average_steps").get<double>(), 2.0, 1e-12);
  EXPECT_EQ(ind.at("cost_to_customer_fen"), 0);  // rule F1
  EXPECT_NEAR(ind.at("online_share").get<double>(), 0.6, 1e-12);
  EXPECT_NEAR(ind.at("proactive_share").get<double>(), 0.2, 1e-12);
  EXPECT_NEAR(ind.at("satisfaction").get<double>(), 4.0, 1e-12);
  EXPECT_NEAR(ind.at("satisfaction_rate").get<double>(), 0.5, 1e-12);
  EXPECT_EQ(ind.at("ratings"), 2);
  const json* app = stage_row(ind, "application");
  ASSERT_TRUE(app) << ind.dump();
  EXPECT_EQ(app->at("count"), 4);
  EXPECT_NEAR(app->at("average_working_days").get<double>(), 0.5625, 1e-9);
  EXPECT_NEAR(app->at("p90_working_days").get<double>(), 1.5, 1e-9);
  const json* connect = stage_row(ind, "connect");
  ASSERT_TRUE(connect) << ind.dump();
  EXPECT_NEAR(connect->at("average_working_days").get<double>(), 0.35, 1e-9);
  EXPECT_NEAR(connect->at("p90_working_days").get<double>(), 0.9, 1e-9);

  // Per manager: 甲 handled F, A, C (on time, rated 5); 乙 handled B (late, rated 4), holds E open.
  const json* jia = manager_row(ind, d.cm1.id);
  ASSERT_TRUE(jia);
  EXPECT_EQ(jia->at("name"), "甲经理");
  EXPECT_EQ(jia->at("handled"), 3);
  EXPECT_EQ(jia->at("open"), 0);
  EXPECT_NEAR(jia->at("average_working_days").get<double>(), 1.05, 1e-9);
  EXPECT_NEAR(jia->at("on_time_rate").get<double>(), 1.0, 1e-12);
  EXPECT_NEAR(jia->at("satisfaction").get<double>(), 5.0, 1e-12);
  const json* yi = manager_row(ind, d.cm2.id);
  ASSERT_TRUE(yi);
  EXPECT_EQ(yi->at("handled"), 1);
  EXPECT_EQ(yi->at("open"), 1);
  EXPECT_NEAR(yi->at("average_working_days").get<double>(), 2.5, 1e-9);
  EXPECT_NEAR(yi->at("on_time_rate").get<double>(), 0.0, 1e-12);
  EXPECT_NEAR(yi->at("satisfaction").get<double>(), 4.0, 1e-12);
}

// rule D2: "办电业务仅有营业厅和线上办电两类受理渠道" — the kiosk stands in the hall, so an
// application taken at the kiosk counts as hall, never online; its raw channel stays recorded (M5).
TEST_F(Indicators, D2_KioskApplicationCountsAsHallInTheMonthlyIndicators) {
  Data& d = data();
  const json july = d.lab.get_ok(d.cc, "/api/v1/indicators?from=2026-07-01&to=2026-07-31");
  EXPECT_EQ(july.at("received"), 2);                               // G (kiosk), H (online)
  EXPECT_NEAR(july.at("online_share").get<double>(), 0.5, 1e-12);  // H only
  EXPECT_NEAR(july.at("hall_share").get<double>(), 0.5, 1e-12);    // G
  EXPECT_EQ(d.lab.app(d.cm1, d.g).at("channel"), "kiosk") << "the raw channel is kept for tracing";
  auto r = gp::ops::get(d.lab, &d.cc, "/api/v1/indicators.csv?from=2026-07-01&to=2026-07-31");
  EXPECT_NE(r.raw.find("online_share,0.5\r\n"), std::string::npos) << r.raw;
}

// rules M3, M4: the public list of managers and the indicators compute "working days taken" with
// one function (gp::working_days_taken), customer time excluded. By hand for H: counted from
// 07-07 00:00; company time 07-07 00:00–12:00 (0.5), paused until 07-09 12:00, then to 07-10 12:00
// (1.0): 1.5 working days. (Submission to completion date alone would say 4.)
TEST_F(Indicators, M3_M4_ManagersListAndIndicatorsAgreeOnWorkingDaysTaken) {
  Data& d = data();
  const json july = d.lab.get_ok(d.cc, "/api/v1/indicators?from=2026-07-01&to=2026-07-31");
  const json* bing = manager_row(july, d.cm3.id);
  ASSERT_TRUE(bing) << july.dump();
  EXPECT_EQ(bing->at("handled"), 1);
  EXPECT_NEAR(bing->at("average_working_days").get<double>(), 1.5, 1e-9);
  auto r = d.lab.call(nullptr, "GET", "/api/v1/managers");
  ASSERT_EQ(r.status, 200) << r.raw;
  const json* listed = nullptr;
  for (const auto& m : r.body.at("managers"))
    if (m.at("id") == d.cm3.id) listed = &m;
  ASSERT_TRUE(listed) << r.raw;
  EXPECT_EQ(listed->at("handled"), 1);
  EXPECT_NEAR(listed->at("average_working_days").get<double>(), 1.5, 1e-9);
  EXPECT_DOUBLE_EQ(listed->at("average_working_days").get<double>(), bing->at("average_working_days").get<double>());
}

// rule F1: "目前办电业务费用仅有按政府规定收取的双电源客户高可靠性供电费" — the fee is entered with the
// supply plan for dual-power customers only, shown in the plan and counted in the indicators.
TEST_F(Indicators, F1_RecordedHighReliabilityFeeIsTheCostToCustomers) {
  Data& d = data();
  const std::string field = "fields.high_reliability_fee_yuan";
  // A customer without dual power is charged nothing: a fee is refused naming the field (rule M6's
  // ten prohibitions: "增加客户办电成本" cannot even be recorded).
  json bad = d.lab.act(d.cm2, d.hv_single, "reply_supply_plan",
                       {{"plan_summary", "10千伏单电源"}, {"connection_point", "邾城线1号杆"}, {"high_reliability_fee_yuan", 100}}, 400);
  EXPECT_EQ(bad.at("error").at("field"), field);
  EXPECT_EQ(bad.at("error").at("code"), "not_applicable");
  // Dual power: the amount is required, non-negative, to the fen.
  const json base = {{"plan_summary", "10千伏双电源"}, {"connection_point", "邾城线2号杆"}};
  EXPECT_EQ(d.lab.act(d.cm2, d.hv_dual, "reply_supply_plan", base, 400).at("error").at("field"), field);
  for (const json& v : {json(-1), json(1.234), json("100"), json(1e12)}) {
    json f = base;
    f["high_reliability_fee_yuan"] = v;
    EXPECT_EQ(d.lab.act(d.cm2, d.hv_dual, "reply_supply_plan", f, 400).at("error").at("field"), field) << v.dump();
  }
  EXPECT_TRUE(d.lab.app(d.cm2, d.hv_dual).at("plan").value("high_reliability_fee", json()).is_null()) << "nothing stored";
  json f = base;
  f["high_reliability_fee_yuan"] = 12345.67;
  json app = d.lab.act(d.cm2, d.hv_dual, "reply_supply_plan", f);
  EXPECT_EQ(app.at("plan").at("high_reliability_fee").at("fen"), 1234567);
  EXPECT_EQ(app.at("plan").at("high_reliability_fee").at("yuan"), "12345.67");
  d.lab.act(d.cm2, d.hv_single, "reply_supply_plan", {{"plan_summary", "10千伏单电源"}, {"connection_point", "邾城线1号杆"}});
  // August: two received, one charged 12345.67 yuan.
  const json aug = d.lab.get_ok(d.cc, "/api/v1/indicators?from=2026-08-01&to=2026-08-31");
  EXPECT_EQ(aug.at("received"), 2);
  EXPECT_EQ(aug.at("cost_to_customer_fen"), 1234567);
  EXPECT_EQ(aug.at("charged"), 1);
  EXPECT_NEAR(aug.at("average_cost_to_customer_fen").get<double>(), 1234567 / 2.0, 1e-9);
}

TEST_F(Indicators, M4_PeriodAndCustomerTypeFilters) {
  Data& d = data();
  // May: F was received; nothing completed.
  const json may = d.lab.get_ok(d.cc, "/api/v1/indicators?from=2026-05-01&to=2026-05-31");
  EXPECT_EQ(may.at("received"), 1);
  EXPECT_EQ(may.at("completed"), 0);
  EXPECT_NEAR(may.at("online_share").get<double>(), 1.0, 1e-12);
  // Residential only: E (an enterprise) drops out.
  const json res = d.lab.get_ok(d.lab.admin(), "/api/v1/indicators?from=2026-06-01&to=2026-06-30&customer_type=lv_residential");
  EXPECT_EQ(res.at("customer_type"), "lv_residential");
  EXPECT_EQ(res.at("received"), 4);
  EXPECT_NEAR(res.at("online_share").get<double>(), 0.75, 1e-12);
  EXPECT_NEAR(res.at("proactive_share").get<double>(), 0.0, 1e-12);
  EXPECT_EQ(res.at("completed"), 4);
  // One day: only A and B were submitted on 06-08.
  EXPECT_EQ(d.lab.get_ok(d.cc, "/api/v1/indicators?from=2026-06-08&to=2026-06-08").at("received"), 2);
}

TEST_F(Indicators, M4_CsvDownloadHasTheSameFigures) {
  Data& d = data();
  auto r = gp::ops::get(d.lab, &d.cc, "/api/v1/indicators.csv?from=2026-06-01&to=2026-06-30");
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.header("Content-Disposition"), "attachment; filename=\"indicators-2026-06-01-2026-06-30.csv\"");
  EXPECT_EQ(r.raw.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 BOM for spreadsheets";
  for (const char* row : {"受理数 received,5\r\n", "完成数 completed,4\r\n", "平均办电时长（工作日） average_working_days,1.4125\r\n",
                          "90分位办电时长（工作日） p90_working_days,2.5\r\n", "按时完成率 on_time_rate,0.75\r\n"})
    EXPECT_NE(r.raw.find(row), std::string::npos) << row << "\n" << r.raw;
  // The JSON's figures, row by row (same data, same shared/ code).
  const json ind = d.lab.get_ok(d.cc, "/api/v1/indicators?from=2026-06-01&to=2026-06-30");
  for (const char* key : {"received", "completed", "withdrawn", "cost_to_customer_fen"})
    EXPECT_NE(r.raw.find(std::string(key) + "," + std::to_string(ind.at(key).get<int>()) + "\r\n"), std::string::npos) << key;
  EXPECT_NE(r.raw.find("甲经理"), std::string::npos) << "the per-manager table";
  // Customers and staff of the wrong role never get the file; a customer manager gets their own.
  EXPECT_EQ(gp::ops::get(d.lab, &d.cm1, "/api/v1/indicators.csv?from=2026-06-01&to=2026-06-30").raw.find("乙经理"), std::string::npos);
}

TEST_F(Indicators, PermissionBoundariesAndOwnFigures) {
  Data& d = data();
  const std::string q = "?from=2026-06-01&to=2026-06-30";
  EXPECT_EQ(gp::ops::get(d.lab, nullptr, "/api/v1/indicators" + q).status, 401);
  EXPECT_EQ(gp::ops::get(d.lab, &d.ca, "/api/v1/indicators" + q).status, 403) << "customers never reach staff endpoints";
  EXPECT_EQ(gp::ops::get(d.lab, &d.ca, "/api/v1/indicators.csv" + q).status, 403);
  EXPECT_EQ(gp::ops::get(d.lab, nullptr, "/api/v1/indicators.csv" + q).status, 401);
  // A customer manager sees the figures of their own applications only (甲: F A C D).
  const json own = d.lab.get_ok(d.cm1, "/api/v1/indicators" + q);
  EXPECT_EQ(own.at("scope").at("manager").at("id"), d.cm1.id);
  EXPECT_EQ(own.at("received"), 3);
  EXPECT_EQ(own.at("completed"), 3);
  EXPECT_NEAR(own.at("average_working_days").get<double>(), 1.05, 1e-9);
  EXPECT_NEAR(own.at("online_share").get<double>(), 1.0, 1e-12);
  ASSERT_EQ(own.at("managers").size(), 1u);
  EXPECT_EQ(own.at("managers")[0].at("id"), d.cm1.id);
  // Bad queries name the parameter.
  EXPECT_EQ(gp::ops::get(d.lab, &d.cc, "/api/v1/indicators?from=2026-06-30&to=2026-06-01").field(), "to");
  EXPECT_EQ(gp::ops::get(d.lab, &d.cc, "/api/v1/indicators?from=2026-02-30&to=2026-06-01").field(), "from");
  EXPECT_EQ(gp::ops::get(d.lab, &d.cc, "/api/v1/indicators?to=2026-06-01").field(), "from");
  EXPECT_EQ(gp::ops::get(d.lab, &d.cc, "/api/v1/indicators" + q + "&customer_type=martian").field(), "customer_type");
  EXPECT_EQ(gp::ops::get(d.lab, &d.cc, "/api/v1/indicators" + q + "&month=6").field(), "month");
}
