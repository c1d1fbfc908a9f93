#include "app/demo_seed.h"

#include <sodium.h>

#include <algorithm>
#include <random>

#include "services/contract_service.h"
#include "services/document_service.h"
#include "services/rating_service.h"
#include "services/reservation_service.h"
#include "services/service_error.h"

namespace gp::server {
namespace {

using nlohmann::json;

// rule S5: the demo's reviewer answers every item of the review checklist.
json reviewed(const gp::AppState& s, json fields) {
  for (const auto& it : s.plan.review.items) fields["reviewed_" + it.code] = true;
  return fields;
}

std::string random_password() {
  // Readable but random: printed once at start-up (there is no built-in password).
  static const char* alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string p;
  for (int i = 0; i < 12; ++i) p += alphabet[randombytes_uniform(56)];
  return p + "7a";  // always a letter and a digit (password policy)
}

const char* kStreets[] = {"人民路", "解放路", "邾城大道", "建设路", "文化路", "堃山路", "犇牛巷", "新华街", "工业园一路", "滨河路"};
const char* kTowns[] = {"城关镇", "邾城街道", "堃山乡", "犇牛镇", "东城街道", "西城街道", "白鹭湖乡"};
const char* kCustomerNames[] = {"邾小明", "朱堃", "马犇", "王秀英", "李强", "张敏", "刘洋", "陈静", "杨帆", "赵磊",
                                "黄丽", "周杰", "吴娜", "徐鑫", "孙燕", "胡斌", "朱婷", "高翔", "林琳", "何勇",
                                "郭芳", "罗成", "梁红", "宋涛", "郑爽", "谢飞", "韩雪", "唐诚", "冯坤", "曹淼",
                                "邓鹏", "许洁", "傅堃", "沈犇", "曾露", "彭亮", "吕晶", "苏宁", "卢倩", "蒋毅"};
// A minimal valid PDF: what a scanner might produce, enough for the content check.
const std::string kPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

struct Rng {
  std::mt19937 gen{20201130};
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen); }
  double unit() { return std::uniform_real_distribution<double>(0, 1)(gen); }
  template <class T, std::size_t N> const T& pick(const T (&a)[N]) { return a[between(0, static_cast<int>(N) - 1)]; }
};

json facts_for(gp::CustomerType t, Rng& r) {
  json f = {{"business", "new_connection"}, {"customer_type", gp::to_string(t)}};
  const double u = r.unit();
  switch (t) {
    case gp::CustomerType::lv_residential:
      f["capacity_kw"] = r.between(6, 16);
      if (u < 0.3) f["supporting_works"] = json::array({{{"kind", "lv"}}});
      if (u > 0.85) f["business"] = "capacity_increase";
      if (r.unit() < 0.4) f["meter_location"] = {{"latitude", 33.70 + r.unit() * 0.1}, {"longitude", 113.15 + r.unit() * 0.1}};
      break;
    case gp::CustomerType::lv_non_residential:
      f["capacity_kw"] = u < 0.7 ? r.between(20, 160) : r.between(170, 300);
      f["industry"] = r.unit() < 0.5 ? "commercial" : "industrial";
      if (r.unit() < 0.4) f["supporting_works"] = json::array({{{"kind", "lv"}}});
      if (r.unit() < 0.1) f["proactive"] = true;
      if (r.unit() < 0.2) f["agent"] = true;
      break;
    case gp::CustomerType::hv:
      f["capacity_kw"] = r.between(400, 5000);
      f["industry"] = r.unit() < 0.6 ? "industrial" : "commercial";
      if (u < 0.3) f["in_provincial_park"] = true;
      if (u > 0.85) f["important"] = true;
      if (u > 0.7 && u <= 0.85) f["proactive"] = true;
      if (r.unit() < 0.5) f["supporting_works"] = json::array({{{"kind", r.unit() < 0.5 ? "t_connection" : "overhead_line"}, {"voltage_kv", 10}}});
      if (r.unit() < 0.2) f["dual_power"] = true;
      break;
    case gp::CustomerType::well_individual:
    case gp::CustomerType::well_collective:
      f["capacity_kw"] = r.between(7, 30);
      f["rural"] = true;
      break;
    case gp::CustomerType::ev_residential:
      f["capacity_kw"] = 7;
      break;
    case gp::CustomerType::ev_non_residential:
      f["capacity_kw"] = r.between(60, 160);
      if (u < 0.3) { f["voltage_kv"] = 10; f["capacity_kw"] = r.between(400, 1200); }
      break;
    case gp::CustomerType::base_station_5g:
      f["capacity_kw"] = r.between(5, 20);
      break;
  }
  if (r.unit() < 0.06) {  // a few change-of-use businesses
    // with some of the businesses added for rule G1 (24 online businesses)
    static const char* changes[] = {"rename", "ownership_transfer", "suspension", "capacity_reduction", "meter_relocation", "account_closure",
                                    "tou_tariff_choice", "meter_verification", "customer_info_change", "pv_grid_connection"};
    f = {{"business", r.pick(changes)}, {"customer_type", gp::to_string(t)}};
  }
  return f;
}

}  // namespace

DemoSummary seed_demo(store::Database& db, CalendarService& cal, ConfigService& cfg, Notifier& notifier, gp::Instant now,
                      std::ostream& out) {
  DemoSummary sum;
  if (store::count_users(db.reader()) > 0) return sum;
  Clock clock;  // the seeder's own simulated time
  clock.make_settable();
  AuthService auth(db, clock);
  const Env env{db, clock, cal, cfg, notifier};
  ApplicationService apps(env);
  DocumentService docs(env, apps, 10u * 1024 * 1024);
  ContractService contracts(env, apps, auth);
  RatingService ratings(env, apps);
  ReservationService reservations(env, apps);
  Rng r;
  const auto calendar = cal.current();

  const std::string staff_pw = random_password();
  const std::string customer_pw = random_password();
  struct StaffSeed { const char* user; const char* name; const char* role; const char* phone; };
  const StaffSeed staff[] = {
      {"cm.wang", "王建国", "customer_manager", "13803750101"}, {"cm.li", "李秀兰", "customer_manager", "13803750102"},
      {"cm.zhu", "邾文堃", "customer_manager", "13803750103"},  {"cm.liu", "刘犇", "customer_manager", "13803750104"},
      {"cm.chen", "陈思远", "customer_manager", "13803750105"}, {"cm.zhao", "赵晓燕", "customer_manager", "13803750106"},
      {"pm.sun", "孙立军", "project_manager", "13803750201"},   {"pm.zhou", "周海涛", "project_manager", "13803750202"},
      {"pm.wu", "吴振华", "project_manager", "13803750203"},    {"cc.hu", "胡敏", "command_center", "13803750301"},
      {"cc.gao", "高远", "command_center", "13803750302"},      {"admin", "系统管理员", "admin", ""},
      // Issue 11, rule M6: the discipline inspector who alone reads reports (举报).
      {"di.sun", "孙正清", "discipline_inspector", "13803750401"},
  };
  std::vector<std::int64_t> cm_ids, pm_ids, cc_ids;
  clock.set(now - 90 * 86400);
  for (const auto& s : staff) {
    auto u = auth.create_staff(s.user, staff_pw, s.name, s.role, s.phone);
    (u.role == gp::Role::customer_manager ? cm_ids : u.role == gp::Role::project_manager ? pm_ids : cc_ids).push_back(u.id);
    ++sum.staff;
  }
  // Customers share one password hash (hashed once: argon2id is slow on purpose).
  const std::string customer_hash = AuthService::hash_password(customer_pw);
  std::vector<std::int64_t> customers;
  db.write([&](store::Conn& wdb) {
    int i = 0;
    for (const char* name : kCustomerNames) {
      store::User u;
      u.role = gp::Role::customer;
      char phone[16];
      std::snprintf(phone, sizeof phone, "1370375%04d", 1000 + i++);
      u.phone = phone;
      u.name = name;
      u.password_hash = customer_hash;
      u.created_at = now - 90 * 86400;
      customers.push_back(store::insert_user(wdb, u));
      ++sum.customers;
    }
  });

  const std::int64_t cc_id = cc_ids.front();
  auto caller = [](std::int64_t id, gp::Role role) { return Caller{id, role, "online"}; };

  // Drives one application one step forward, as the person whose turn it is. false when finished.
  auto step = [&](const std::string& number) -> bool {
    auto row = store::find_application_by_number(db.reader(), number);
    auto app = apps.load(db.reader(), *row);
    const gp::AppState& s = app.state;
    if (s.finished()) return false;
    const Caller cust = caller(row->customer_id, gp::Role::customer);
    const Caller cm = caller(row->customer_manager_id.value_or(cc_id), row->customer_manager_id ? gp::Role::customer_manager : gp::Role::command_center);
    const Caller pm = caller(row->project_manager_id.value_or(cc_id), row->project_manager_id ? gp::Role::project_manager : gp::Role::command_center);
    const gp::Date today = gp::cst_date(clock.now());
    const gp::StageCode code = s.current_stage()->code;
    if (!s.accepted) apps.perform(cm, number, "accept", {{"note", "线上受理"}});
    else if (s.waiting_for == "plan_confirmation") apps.perform(cust, number, "confirm_supply_plan", {{"agree", true}});
    else if (s.waiting_for == "information") apps.perform(cust, number, "provide_information", {{"message", "已补充"}});
    else if (s.waiting_for == "rectification") apps.perform(cust, number, "report_rectified", {{"message", "已整改"}});
    else if (s.waiting_for == "design") {
      auto d = docs.upload(cust, number, "design_document", "受电工程设计.pdf", kPdf);
      apps.perform(cust, number, "submit_design", {{"design_document", std::to_string(d.at("id").get<std::int64_t>())}});
    } else if (!s.surveyed && (code == gp::StageCode::application || code == gp::StageCode::application_with_plan || s.plan.stages.size() == 1))
    {
      json f = {{"survey_date", today.iso()}, {"findings", "现场具备接电条件"}};
      if (!s.missing_documents().empty()) f["documents_collected"] = true;  // rule D3: collected on site
      apps.perform(cm, number, "site_survey", f);
    }
    else if (s.works.size() < s.plan.supporting_works.size()) {
      const auto& w = s.plan.supporting_works[s.works.size()];
      char kv[16];
      std::snprintf(kv, sizeof kv, "%g", w.item.voltage_kv);
      apps.perform(pm, number, "record_supporting_works",
                   {{"kind", gp::to_string(w.item.kind)}, {"voltage_kv", std::string(kv)},
                    {"agreed_completion_date", today.plus_days(std::min(w.limit_working_days, 20)).iso()}});
    } else if (s.works_contract_unsigned()) {  // rule W2: the customer signs the works contract (服务契约)
      auto c = contracts.get_works(cust, number);
      json strokes = json::array({json::array()});
      for (int i = 0; i < 12; ++i) strokes[0].push_back({120 + i * 40, 220 + (i % 3) * 30});
      contracts.sign_works(cust, number, {{"sha256", c.at("sha256")}, {"method", "drawn"}, {"strokes", strokes}});
    } else if (code == gp::StageCode::application_with_plan || code == gp::StageCode::supply_plan) {
      json f = {{"plan_summary", s.plan.facts.dual_power ? "10千伏双电源供电，专用变压器接入" : "10千伏单电源供电，专用变压器接入"},
                {"connection_point", "邾城线 " + std::to_string(r.between(1, 80)) + " 号杆"}};
      // rule F1: the one fee, for dual power (an illustrative amount; the government sets it).
      if (s.plan.facts.dual_power) f["high_reliability_fee_yuan"] = static_cast<double>(r.between(100, 900)) * 100.0 + 50.5;
      apps.perform(cm, number, "reply_supply_plan", f);
    } else if (code == gp::StageCode::design_review)
      apps.perform(pm, number, "complete_design_review", reviewed(s, {{"result", "approved"}, {"opinion", "设计符合要求"}}));
    else if (code == gp::StageCode::customer_works) {
      if (!s.customer_works_started) apps.perform(cust, number, "start_customer_works", {{"expected_completion_date", today.plus_days(40).iso()}});
      else apps.perform(cust, number, "finish_customer_works", {{"completion_date", today.iso()}});
    } else if (code == gp::StageCode::mid_inspection)
      apps.perform(pm, number, "complete_mid_inspection", reviewed(s, {{"result", "passed"}, {"findings", "合格"}}));
    else if (!gp::is_connection_business(s.plan.facts.business))
      apps.perform(cm, number, "complete_change", {{"result_note", "已办结"}});
    else if (std::any_of(s.works.begin(), s.works.end(), [](const gp::WorksRecord& w) { return !w.done; }))
      for (std::size_t i = 0; i < s.works.size(); ++i) {
        if (s.works[i].done) continue;
        apps.perform(pm, number, "complete_supporting_works", {{"works_item", std::to_string(i + 1)}});
        break;
      }
    else if (!s.inspection_passed)
      apps.perform(cm, number, "complete_inspection", {{"result", "passed"}, {"scope_checked", true}, {"findings", "验收合格"}});
    else if (!s.meter_installed)
      apps.perform(cm, number, "install_meter", {{"meter_number", "ZX" + std::to_string(r.between(100000, 999999))}, {"initial_reading", 0}});
    else if (!s.contract_signed) {
      auto c = contracts.get(cust, number);
      json strokes = json::array({json::array()});
      for (int i = 0; i < 12; ++i) strokes[0].push_back({100 + i * 40, 200 + (i % 3) * 30});
      contracts.sign(cust, number, {{"sha256", c.at("sha256")}, {"method", "drawn"}, {"strokes", strokes}});
    } else
      apps.perform(cm, number, "energize", {{"energized_at", gp::format_datetime_cst(clock.now())}});
    return true;
  };

  // About 300 applications over the last two months.
  const int total = 300;
  const auto& types = gp::all_customer_types();
  for (int i = 0; i < total; ++i) {
    const gp::CustomerType t = types[static_cast<std::size_t>(i) % types.size()];
    const double fate = r.unit();
    const bool complete = fate < 0.42;
    const bool withdraw = fate >= 0.42 && fate < 0.46;
    // Submitted during working hours some days ago; completed ones further back.
    const double recent = r.unit();  // open ones are mostly recent, so most are on time
    const int days_ago = complete ? r.between(6, 60) : recent < 0.7 ? r.between(0, 2) : recent < 0.9 ? r.between(3, 6) : r.between(7, 14);
    gp::Instant t0 = gp::cst_midnight(gp::cst_date(now).plus_days(-days_ago)) + r.between(8 * 3600, 17 * 3600);
    if (t0 > now - 600) t0 = now - 600 - r.between(0, 3600);
    clock.set(t0);
    const std::int64_t customer = customers[static_cast<std::size_t>(r.between(0, static_cast<int>(customers.size()) - 1))];
    json body = facts_for(t, r);
    body["address"] = std::string("邾县") + r.pick(kTowns) + r.pick(kStreets) + std::to_string(r.between(1, 300)) + "号";
    if (r.unit() < 0.3) body["preferred_manager"] = cm_ids[static_cast<std::size_t>(r.between(0, static_cast<int>(cm_ids.size()) - 1))];
    json created;
    try {
      created = apps.create(caller(customer, gp::Role::customer), body);
    } catch (const ServiceError& e) {
      out << "demo: skipped an application: " << e.error().message_en << "\n";
      continue;
    }
    const std::string number = created.at("number").get<std::string>();
    ++sum.applications;
    // The customer's two documents, mostly uploaded online (the rest are collected at the survey).
    if (r.unit() < 0.7)
      for (const auto& d : created.at("checklist")) docs.upload(caller(customer, gp::Role::customer), number, d.at("code"), "scan.pdf", kPdf);
    if (withdraw) {
      clock.set(std::min(now - 60, t0 + r.between(3600, 86400)));
      apps.perform(caller(customer, gp::Role::customer), number, "withdraw", {{"reason", "项目计划调整"}});
      continue;
    }
    // Steps: all of them for completed ones; a random prefix for open ones.
    const int max_steps = complete ? 40 : r.between(0, 7);
    for (int k = 0; k < max_steps; ++k) {
      // Time passes: a few working hours per step (faster for completed ones).
      gp::Instant next = clock.now() + (complete ? r.between(1800, 5 * 3600) : r.between(1800, 20 * 3600));
      // People work 08:00–18:00 (CST): move anything later to the next morning.
      const gp::Instant day = gp::cst_midnight(gp::cst_date(next));
      if (next - day < 8 * 3600) next = day + 8 * 3600 + r.between(0, 7200);
      if (next - day > 18 * 3600) next = day + 86400 + 8 * 3600 + r.between(0, 7200);
      if (next >= now - 60) break;
      clock.set(next);
      try {
        if (!step(number)) break;
      } catch (const ServiceError& e) {
        out << "demo: " << number << " stopped: " << e.error().message_en << "\n";
        break;
      }
    }
    // Some open applications wait on the customer for information (the clock pauses).
    auto row = store::find_application_by_number(db.reader(), number);
    if (!complete && row->status == "in_progress" && r.unit() < 0.12 && clock.now() < now - 120) {
      clock.set(clock.now() + 60);
      try {
        apps.perform(caller(*row->customer_manager_id, gp::Role::customer_manager), number, "request_information", {{"message", "请补充用电设备清单"}});
      } catch (const ServiceError&) {
      }
    }
    if (row->status == "completed" && r.unit() < 0.85) {
      clock.set(std::min(now - 30, clock.now() + 3600));
      ratings.rate(caller(customer, gp::Role::customer), number,
                   {{"service_score", r.unit() < 0.8 ? 5 : 4}, {"manager_score", r.unit() < 0.75 ? 5 : 4}, {"comment", "服务周到，办电很快"}});
    }
  }

  // Rule M7: the company turns work-ticket grabbing on (a company setting) and three fresh
  // applications wait in the pool for a customer manager to grab them.
  {
    auto c = nlohmann::json::parse(cfg.current()->to_json());
    c["grab"] = {{"enabled", true}, {"window_minutes", 240}, {"load_cap", 40}};
    if (auto e = cfg.replace(c.dump())) out << "demo: grab settings refused: " << e->message_en << "\n";
    const gp::CustomerType pooled_types[] = {gp::CustomerType::lv_residential, gp::CustomerType::lv_non_residential,
                                             gp::CustomerType::lv_residential};
    int k = 0;
    for (const auto t : pooled_types) {
      clock.set(now - (50 - 15 * k++) * 60);
      json body = facts_for(t, r);
      body["address"] = std::string("邾县") + r.pick(kTowns) + r.pick(kStreets) + std::to_string(r.between(1, 300)) + "号";
      const std::int64_t customer = customers[static_cast<std::size_t>(r.between(0, static_cast<int>(customers.size()) - 1))];
      try {
        apps.create(caller(customer, gp::Role::customer), body);
        ++sum.applications;
      } catch (const ServiceError& e) {
        out << "demo: skipped a pooled application: " << e.error().message_en << "\n";
      }
    }
  }

  // Zero-document reservations (rule D4), some already late.
  struct ResSeed { const char* channel; int minutes_ago; const char* name; const char* phone; };
  const ResSeed res[] = {{"phone", 8, "邾大爷", "13903751001"}, {"phone", 35, "马犇", "13903751002"},
                         {"online", 60 * 5, "朱堃", "13903751003"}, {"online", 60 * 20, "林琳", "13903751004"}};
  for (const auto& rs : res) {
    clock.set(now - rs.minutes_ago * 60);
    std::optional<Caller> who;
    if (std::string(rs.channel) == "phone") who = caller(cc_id, gp::Role::command_center);
    reservations.create(who, {{"channel", rs.channel}, {"name", rs.name}, {"phone", rs.phone},
                              {"address", "邾县城关镇人民路" + std::to_string(r.between(1, 99)) + "号"},
                              {"business", "new_connection"}, {"customer_type", "lv_residential"}, {"note", "零证预约"}});
    ++sum.reservations;
  }

  out << "\n== Demo data for 邾县 (a fresh data directory was seeded) ==\n"
      << "  staff password (all staff accounts):  " << staff_pw << "\n";
  for (const auto& s : staff) out << "    " << s.user << "  " << s.name << "  (" << s.role << ")\n";
  out << "  customer password (all demo customers): " << customer_pw << "\n"
      << "    log in with a mobile number, e.g. 13703751000 (" << kCustomerNames[0] << "), 13703751001 (" << kCustomerNames[1] << ")\n"
      << "  " << sum.applications << " applications, " << sum.reservations << " reservations\n\n";
  return sum;
}

}  // namespace gp::server
