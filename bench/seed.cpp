// getpower-bench-seed: fills a data directory with a province-sized load — by default 100,000 open
// applications with about 20 events each (2 million) — fast, and exactly as the server would
// have written it. Nothing here knows a rule or a table layout of its own:
//   - applications are created by ApplicationService::create_in (rules evaluated by shared/, the
//     first events, managers assigned, notifications), in one write transaction per batch;
//   - every later step is validated by gp::validate_action and appended by ApplicationService::
//     append, the same two calls the server's action route makes (events hash-chained, queue
//     columns re-derived, people notified);
//   - at the end the real SLA job (SlaJob::sweep) settles every application at "now".
// So `getpower-server verify` passes on the result, and the server starts on it as on its own data.
//
//   getpower-bench-seed --data DIR [--applications N] [--events-per-app E] [--now ISO] [--out FILE]
//
// FILE (JSON) gets what a load generator needs: "now", the passwords, staff logins, and sample
// (number, phone) pairs. Staff and customers share one password each, hashed once (argon2id is
// slow on purpose), as the demo seed does.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "app/data_dir.h"
#include "services/application_service.h"
#include "services/auth_service.h"
#include "services/service_error.h"
#include "services/sla_job.h"

namespace {

using nlohmann::json;
using gp::server::ApplicationService;
using gp::server::Caller;
using gp::server::LoadedApplication;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string data_dir, out_file;
  int applications = 100000;
  int events_per_app = 20;  // mean; each application gets between 8 and 2E-8 (lifecycle steps, notes, SLA marks)
  std::string now = "2025-06-18T10:00:00+08:00";  // a Wednesday, working hours
  unsigned seed = 20250618;
  int samples = 2000;
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "getpower-bench-seed: " << why << "\n"
            << "usage: getpower-bench-seed --data DIR [--applications N] [--events-per-app E] [--now ISO] [--out FILE]\n";
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(a + " needs a value");
      return argv[++i];
    };
    if (a == "--data") o.data_dir = value();
    else if (a == "--applications") o.applications = std::stoi(value());
    else if (a == "--events-per-app") o.events_per_app = std::stoi(value());
    else if (a == "--now") o.now = value();
    else if (a == "--out") o.out_file = value();
    else if (a == "--seed") o.seed = static_cast<unsigned>(std::stoul(value()));
    else usage("unknown argument " + a);
  }
  if (o.data_dir.empty()) usage("--data is required");
  if (o.applications < 1 || o.events_per_app < 8) usage("bad numbers");
  return o;
}

struct Rng {
  std::mt19937_64 gen;
  explicit Rng(unsigned s) : gen(s) {}
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen); }
  double unit() { return std::uniform_real_distribution<double>(0, 1)(gen); }
  template <class T> const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(between(0, static_cast<int>(v.size()) - 1))]; }
};

const std::vector<std::string> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "邾"};
const std::vector<std::string> kGiven = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "堃", "犇"};
const std::vector<std::string> kTowns = {"城关镇", "邾城街道", "堃山乡", "犇牛镇", "东城街道", "西城街道", "白鹭湖乡", "新区"};
const std::vector<std::string> kStreets = {"人民路", "解放路", "邾城大道", "建设路", "文化路", "工业园一路", "滨河路", "新华街"};

// The mix of a county's year (mostly residential low voltage), as facts the customer submits.
json facts_for(Rng& r) {
  const double u = r.unit();
  json f = {{"business", "new_connection"}};
  if (u < 0.55) {
    f["customer_type"] = "lv_residential";
    f["capacity_kw"] = r.between(6, 16);
    if (r.unit() < 0.25) f["supporting_works"] = json::array({{{"kind", "lv"}}});
    if (r.unit() < 0.12) f["business"] = "capacity_increase";
    if (r.unit() < 0.35) f["meter_location"] = {{"latitude", 33.70 + r.unit() * 0.1}, {"longitude", 113.15 + r.unit() * 0.1}};
  } else if (u < 0.75) {
    f["customer_type"] = "lv_non_residential";
    f["capacity_kw"] = r.unit() < 0.7 ? r.between(20, 160) : r.between(170, 300);
    f["industry"] = r.unit() < 0.5 ? "commercial" : "industrial";
    if (r.unit() < 0.35) f["supporting_works"] = json::array({{{"kind", "lv"}}});
    if (r.unit() < 0.15) f["agent"] = true;
  } else if (u < 0.83) {
    f["customer_type"] = "hv";
    f["capacity_kw"] = r.between(400, 5000);
    f["industry"] = r.unit() < 0.6 ? "industrial" : "commercial";
    const double v = r.unit();
    if (v < 0.3) f["in_provincial_park"] = true;
    if (v > 0.92) f["important"] = true;
    if (r.unit() < 0.5) f["supporting_works"] = json::array({{{"kind", r.unit() < 0.5 ? "t_connection" : "overhead_line"}, {"voltage_kv", 10}}});
    if (r.unit() < 0.15) f["dual_power"] = true;
  } else if (u < 0.90) {
    f["customer_type"] = "ev_residential";
    f["capacity_kw"] = 7;
  } else if (u < 0.94) {
    f["customer_type"] = r.unit() < 0.6 ? "well_individual" : "well_collective";
    f["capacity_kw"] = r.between(7, 30);
    f["rural"] = true;
  } else if (u < 0.97) {
    f["customer_type"] = "ev_non_residential";
    f["capacity_kw"] = r.between(60, 160);
  } else {
    f["customer_type"] = "base_station_5g";
    f["capacity_kw"] = r.between(5, 20);
  }
  return f;
}

// One person's move on an application.
struct Move {
  Caller who;
  std::string action;
  json fields;
};

// The next step forward in an application's life, as the person whose turn it is; nullopt when
// the next step is one this generator leaves open (a design upload, the contract signature,
// energizing: every generated application stays open, so the SLA job has 100,000 to watch).
std::optional<Move> forward(const LoadedApplication& app, gp::Instant now, Rng& r) {
  const gp::AppState& s = app.state;
  if (s.finished() || !s.current_stage()) return std::nullopt;
  const auto& row = app.row;
  const Caller cust{row.customer_id, gp::Role::customer, "online"};
  const Caller cm{row.customer_manager_id.value_or(0), gp::Role::customer_manager, "online"};
  const Caller pm{row.project_manager_id.value_or(0), gp::Role::project_manager, "online"};
  const gp::Date today = gp::cst_date(now);
  const gp::StageCode code = s.current_stage()->code;
  if (!s.accepted) return Move{cm, "accept", {{"note", "线上受理"}}};
  if (s.waiting_for == "plan_confirmation") return Move{cust, "confirm_supply_plan", {{"agree", true}}};
  if (s.waiting_for == "information") return Move{cust, "provide_information", {{"message", "已补充用电设备清单"}}};
  if (s.waiting_for == "rectification") return Move{cust, "report_rectified", {{"message", "已按要求整改"}}};
  if (s.waiting_for == "design") return std::nullopt;
  if (!s.surveyed && (code == gp::StageCode::application || code == gp::StageCode::application_with_plan || s.plan.stages.size() == 1)) {
    json f = {{"survey_date", today.iso()}, {"findings", "现场具备接电条件"}};
    if (!s.missing_documents().empty()) f["documents_collected"] = true;  // rule D3: collected on site
    return Move{cm, "site_survey", f};
  }
  if (s.works.size() < s.plan.supporting_works.size()) {
    const auto& w = s.plan.supporting_works[s.works.size()];
    char kv[16];
    std::snprintf(kv, sizeof kv, "%g", w.item.voltage_kv);
    return Move{pm, "record_supporting_works",
                {{"kind", gp::to_string(w.item.kind)}, {"voltage_kv", std::string(kv)},
                 {"agreed_completion_date", today.plus_days(std::min(w.limit_working_days, 20)).iso()}}};
  }
  if (code == gp::StageCode::application_with_plan || code == gp::StageCode::supply_plan) {
    json f = {{"plan_summary", "10千伏单电源供电，专用变压器接入"}, {"connection_point", "邾城线 " + std::to_string(r.between(1, 80)) + " 号杆"}};
    if (s.plan.facts.dual_power) f["high_reliability_fee_yuan"] = 12000.5;  // rule F1: dual power pays the one fee
    return Move{cm, "reply_supply_plan", f};
  }
  if (code == gp::StageCode::design_review) return std::nullopt;
  if (code == gp::StageCode::customer_works) {
    if (!s.customer_works_started) return Move{cust, "start_customer_works", {{"expected_completion_date", today.plus_days(40).iso()}}};
    return Move{cust, "finish_customer_works", {{"completion_date", today.iso()}}};
  }
  if (code == gp::StageCode::mid_inspection) {
    json f = {{"result", "passed"}, {"findings", "合格"}};
    for (const auto& it : s.plan.review.items) f["reviewed_" + it.code] = true;  // rule S5 checklist
    return Move{pm, "complete_mid_inspection", f};
  }
  if (!gp::is_connection_business(s.plan.facts.business)) return std::nullopt;
  for (std::size_t i = 0; i < s.works.size(); ++i)
    if (!s.works[i].done) return Move{pm, "complete_supporting_works", {{"works_item", std::to_string(i + 1)}}};
  if (!s.inspection_passed) return Move{cm, "complete_inspection", {{"result", "passed"}, {"scope_checked", true}, {"findings", "验收合格"}}};
  if (!s.meter_installed) return Move{cm, "install_meter", {{"meter_number", "ZX" + std::to_string(r.between(100000, 999999))}, {"initial_reading", 0}}};
  return std::nullopt;  // the contract signature and energizing: left open
}

struct Stats {
  long long events = 0, notes = 0, info_cycles = 0, refused = 0;
  std::map<std::string, long long> refused_by_action;
};

// One move, exactly as the server's action route performs it (ApplicationService::act):
// validated by shared/workflow, then appended (event + hash chain + derived columns + notices).
bool perform(ApplicationService& apps, gp::server::Clock& clock, SQLite::Database& db, LoadedApplication& app, const Move& m,
             gp::Instant at, const gp::OptionLists& lists, Stats& st) {
  clock.set(at);
  auto data = gp::validate_action(app.state, apps.actor_for(m.who, app.row), m.action, m.fields, at, lists);
  if (!data) {
    ++st.refused;
    ++st.refused_by_action[m.action + ": " + data.error().code];
    return false;
  }
  gp::Event ev;
  ev.at = at;
  ev.type = m.action;
  ev.role = m.who.role;
  ev.channel = m.who.channel;
  ev.data = data.value();
  apps.append(db, app, ev, m.who.user_id);
  ++st.events;
  return true;
}

// People work 08:00–18:00 CST on weekdays: moves `t` into the next such hour.
gp::Instant office_hours(gp::Instant t) {
  for (;;) {
    const gp::Date d = gp::cst_date(t);
    const gp::Instant day = gp::cst_midnight(d);
    if (d.is_weekend()) { t = day + 86400 + 8 * 3600; continue; }
    if (t - day < 8 * 3600) return day + 8 * 3600 + (t - day) % 1800;
    if (t - day >= 18 * 3600) { t = day + 86400 + 8 * 3600 + (t - day) % 1800; continue; }
    return t;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse(argc, argv);
  if (sodium_init() < 0) return 1;
  const auto now_opt = gp::parse_datetime(opt.now);
  if (!now_opt) usage("--now must be an ISO date-time with offset");
  const gp::Instant now = *now_opt;
  const auto t_start = Clock::now();

  gp::server::ensure_data_dir(opt.data_dir);
  gp::store::Database db(opt.data_dir);
  if (gp::store::count_users(db.reader()) > 0) {
    std::cerr << "getpower-bench-seed: " << opt.data_dir << " already holds data; give an empty directory\n";
    return 1;
  }
  // Bulk-load settings of the generator's own connections (the server keeps its defaults): a large
  // page cache, reads through mmap, fewer WAL checkpoints (each one syncs).
  for (SQLite::Database* c : {&db.reader()}) {
    c->exec("PRAGMA cache_size = -262144");
    c->exec("PRAGMA mmap_size = 4294967296");
  }
  db.write([](SQLite::Database& w) {
    w.exec("PRAGMA cache_size = -524288");
    w.exec("PRAGMA mmap_size = 4294967296");
    w.exec("PRAGMA wal_autocheckpoint = 20000");
  });
  gp::server::CalendarService cal;
  gp::server::ConfigService cfg(db);
  gp::server::Clock clock;
  clock.make_settable();
  gp::server::Notifier notifier;
  const gp::server::Env env{db, clock, cal, cfg, notifier};
  ApplicationService apps(env);
  Rng r(opt.seed);

  // --- people ---------------------------------------------------------------------------------
  // A county's staff scaled to the load: one customer manager per ~2,500 open applications.
  const std::string staff_pw = "Bench-Staff-2025";
  const std::string customer_pw = "Bench-Customer-2025";
  const std::string staff_hash = gp::server::AuthService::hash_password(staff_pw);
  const std::string customer_hash = gp::server::AuthService::hash_password(customer_pw);
  const int n_cm = std::max(2, opt.applications / 2500), n_pm = std::max(1, opt.applications / 5000);
  const int n_customers = std::max(1, opt.applications * 7 / 10);
  std::vector<std::int64_t> customers;
  std::vector<std::string> customer_phones;
  json staff_logins = json::object();
  db.write([&](SQLite::Database& w) {
    auto add_staff = [&](const std::string& username, gp::Role role, int i) {
      gp::store::User u;
      u.role = role;
      u.username = username;
      u.name = kSurnames[static_cast<std::size_t>(i) % kSurnames.size()] + kGiven[static_cast<std::size_t>(i * 7) % kGiven.size()];
      u.password_hash = staff_hash;
      u.created_at = now - 400 * 86400;
      char phone[24];
      std::snprintf(phone, sizeof phone, "1380375%04d", i % 10000);
      u.profile = {{"phone", phone}};
      return gp::store::insert_user(w, u);
    };
    int i = 0;
    for (int k = 0; k < n_cm; ++k) add_staff("cm" + std::to_string(k + 1), gp::Role::customer_manager, i++);
    for (int k = 0; k < n_pm; ++k) add_staff("pm" + std::to_string(k + 1), gp::Role::project_manager, i++);
    for (int k = 0; k < 4; ++k) add_staff("cc" + std::to_string(k + 1), gp::Role::command_center, i++);
    add_staff("admin", gp::Role::admin, i++);
    staff_logins = {{"customer_manager", "cm1"}, {"project_manager", "pm1"}, {"command_center", "cc1"}, {"admin", "admin"}};
    for (int k = 0; k < n_customers; ++k) {
      gp::store::User u;
      u.role = gp::Role::customer;
      char phone[16];
      std::snprintf(phone, sizeof phone, "139%08d", 10000000 + k);
      u.phone = phone;
      u.name = kSurnames[static_cast<std::size_t>(r.between(0, 19))] + kGiven[static_cast<std::size_t>(r.between(0, 19))];
      u.password_hash = customer_hash;
      u.created_at = now - 400 * 86400;
      customers.push_back(gp::store::insert_user(w, u));
      customer_phones.push_back(phone);
    }
  });
  const double t_people = std::chrono::duration<double>(Clock::now() - t_start).count();

  // --- applications, in the order time would have brought them ----------------------------------
  // Submission times: a busy province's open work — most of it recent, a tail of long-running
  // cases. Each application gets E events (submitted + assign_managers + E-2 moves) spread over its
  // time so far. Everything is then replayed in global time order, as a live server would have
  // written it (the event ids and the hash chain follow time), and the real supervision job sweeps
  // every 10 simulated minutes, so warnings, overdue marks and escalations are recorded when they
  // happen — not skipped by a later action that moved the application's next SLA instant.
  struct Tick {
    gp::Instant t;
    std::int32_t app;
    std::int32_t k;  // 0: submission; k > 0: the k-th move
  };
  std::vector<Tick> ticks;
  ticks.reserve(static_cast<std::size_t>(opt.applications) * static_cast<std::size_t>(opt.events_per_app));
  for (int i = 0; i < opt.applications; ++i) {
    const double u = r.unit();
    const double days = u < 0.6 ? r.unit() * 3 : u < 0.85 ? 3 + r.unit() * 7 : 10 + r.unit() * 110;
    gp::Instant t0 = office_hours(now - static_cast<gp::Instant>(days * 86400) - 1800);
    if (t0 > now - 1800) t0 = now - 1800 - r.between(0, 7200);
    ticks.push_back({t0, i, 0});
    const int moves = r.between(8, 2 * opt.events_per_app - 8) - 2;
    const double step = static_cast<double>(now - 300 - t0) / (moves + 1);
    gp::Instant last = t0;
    for (int k = 1; k <= moves; ++k) {
      gp::Instant t = t0 + static_cast<gp::Instant>(step * k + (r.unit() - 0.5) * step * 0.5);
      t = std::max(t, last + 1);
      if (t >= now - 60) break;
      ticks.push_back({t, i, k});
      last = t;
    }
  }
  std::sort(ticks.begin(), ticks.end(), [](const Tick& a, const Tick& b) { return a.t != b.t ? a.t < b.t : a.app < b.app; });

  gp::server::SlaJob sla(env, apps, std::chrono::hours(24));  // no budget: each sweep settles everything due
  gp::OptionLists base_lists;                // managers offered in forms; the same for every application
  std::vector<std::optional<LoadedApplication>> mem(static_cast<std::size_t>(opt.applications));
  std::map<std::int64_t, std::int32_t> index_of;  // application id -> generator index
  std::vector<bool> older(static_cast<std::size_t>(opt.applications), false);
  Stats st;
  long long created = 0, skipped = 0, sweeps = 0, swept_marks = 0;
  double sweep_seconds = 0;
  const auto t_apps = Clock::now();
  const gp::Instant kSweepPeriod = 600;
  gp::Instant next_sweep = ticks.empty() ? now : ticks.front().t - ticks.front().t % kSweepPeriod + kSweepPeriod;

  // The supervision job at `at`, then the applications it touched are read again.
  auto sweep_at = [&](gp::Instant at) {
    auto due = gp::store::applications_due_for_sla(db.reader(), at);
    if (due.empty()) return;
    clock.set(at);
    const auto t = Clock::now();
    const auto rep = sla.sweep(at);
    sweep_seconds += std::chrono::duration<double>(Clock::now() - t).count();
    ++sweeps;
    swept_marks += rep.marks_recorded;
    for (auto id : due) {
      auto it = index_of.find(id);
      if (it == index_of.end()) continue;
      auto row = gp::store::find_application(db.reader(), id);
      mem[static_cast<std::size_t>(it->second)] = apps.load(db.reader(), *row);
      mem[static_cast<std::size_t>(it->second)]->events.clear();
    }
  };

  std::size_t pos = 0;
  long long done_ticks = 0;
  auto last_report = Clock::now();
  while (pos < ticks.size()) {
    // One write transaction per batch, never across a sweep instant.
    while (pos < ticks.size() && ticks[pos].t >= next_sweep) {
      sweep_at(next_sweep);
      next_sweep += kSweepPeriod;
    }
    db.write([&](SQLite::Database& w) {
      const std::size_t end = std::min(ticks.size(), pos + 4000);
      for (; pos < end && ticks[pos].t < next_sweep; ++pos) {
        const Tick& tk = ticks[pos];
        const std::size_t i = static_cast<std::size_t>(tk.app);
        ++done_ticks;
        if (tk.k == 0) {
          const std::size_t ci = static_cast<std::size_t>(r.between(0, n_customers - 1));
          json body = facts_for(r);
          body["address"] = "邾县" + r.pick(kTowns) + r.pick(kStreets) + std::to_string(r.between(1, 300)) + "号";
          clock.set(tk.t);
          const Caller customer{customers[ci], gp::Role::customer, r.unit() < 0.1 ? "kiosk" : "online"};
          if (customer.channel == "kiosk") body["channel"] = "kiosk";
          json made;
          try {
            made = apps.create_in(w, customer, body);  // the server's own use case (rules evaluated by shared/)
          } catch (const gp::server::ServiceError& e) {
            ++skipped;
            if (skipped < 5) std::cerr << "skipped an application: " << e.error().message_en << "\n";
            continue;
          }
          ++created;
          auto row = gp::store::find_application_by_number(w, made.at("number").get<std::string>());
          mem[i] = apps.load(w, *row);
          mem[i]->events.clear();
          index_of[row->id] = tk.app;
          older[i] = now - tk.t > 10 * 86400;
          if (base_lists.empty()) base_lists = apps.option_lists(w, *mem[i]);
          continue;
        }
        if (!mem[i]) continue;  // its creation was refused
        LoadedApplication& app = *mem[i];
        bool done = false;
        const double pick = r.unit();
        // Older applications have moved further along; recent ones are mostly at their start.
        if (pick < (older[i] ? 0.7 : 0.45))
          if (auto m = forward(app, tk.t, r)) done = perform(apps, clock, w, app, *m, tk.t, base_lists, st);
        if (!done && pick > 0.965 && app.state.waiting_for.empty() && !app.state.paused()) {
          // The customer is asked for more (the clock pauses) and answers later (rule T6).
          const Caller cm{*app.row.customer_manager_id, gp::Role::customer_manager, "online"};
          done = perform(apps, clock, w, app, {cm, "request_information", {{"message", "请补充用电设备清单"}}}, tk.t, base_lists, st);
          if (done) ++st.info_cycles;
        }
        if (!done) {
          // An internal note by one of the two managers (rule M5: everything traced online).
          const bool by_cm = r.unit() < 0.7 || !app.row.project_manager_id;
          const Caller who = by_cm ? Caller{*app.row.customer_manager_id, gp::Role::customer_manager, "online"}
                                   : Caller{*app.row.project_manager_id, gp::Role::project_manager, "online"};
          if (perform(apps, clock, w, app, {who, "add_note", {{"note", "已电话联系客户，约定下一步时间（第" + std::to_string(tk.k) + "次跟进）"}}},
                      tk.t, base_lists, st))
            ++st.notes;
        }
        app.events.clear();  // only the state is needed from here on
      }
    });
    if (Clock::now() - last_report > std::chrono::seconds(10) || pos == ticks.size()) {
      last_report = Clock::now();
      const double s = std::chrono::duration<double>(Clock::now() - t_apps).count();
      std::cerr << "  " << done_ticks << "/" << ticks.size() << " moves, " << created << " applications, "
                << static_cast<long long>(done_ticks / std::max(s, 1e-9)) << " moves/s, " << sweeps << " sweeps ("
                << swept_marks << " marks)\n";
    }
  }
  const double t_applications = std::chrono::duration<double>(Clock::now() - t_apps).count();

  // --- the supervision job at "now": then the data is what a server running until now has -----
  const auto settle = sla.sweep(now);
  const auto quiet = sla.sweep(now);
  const double t_total = std::chrono::duration<double>(Clock::now() - t_start).count();

  long long total_events = 0;
  {
    SQLite::Statement q(db.reader(), "SELECT COUNT(*) FROM events");
    q.executeStep();
    total_events = q.getColumn(0).getInt64();
  }
  json levels = json::object();
  {
    SQLite::Statement q(db.reader(), "SELECT level, status, COUNT(*) FROM applications GROUP BY level, status");
    while (q.executeStep()) levels[q.getColumn(0).getString() + "/" + q.getColumn(1).getString()] = q.getColumn(2).getInt64();
  }

  // Samples for the load generator: (number, phone) pairs for progress lookup, and the first
  // customer manager's own applications for the detail screen.
  json samples = json::array(), cm_numbers = json::array();
  {
    SQLite::Statement q(db.reader(), "SELECT number, contact_phone FROM applications ORDER BY (id * 7919) % 100003 LIMIT ?");
    q.bind(1, opt.samples);
    while (q.executeStep()) samples.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
    SQLite::Statement c(db.reader(),
                        "SELECT a.number FROM applications a JOIN users u ON u.id = a.customer_manager_id WHERE u.username = 'cm1' "
                        "ORDER BY (a.id * 7919) % 100003 LIMIT ?");
    c.bind(1, opt.samples);
    while (c.executeStep()) cm_numbers.push_back(c.getColumn(0).getString());
  }

  json out = {{"now", gp::format_datetime_cst(now)},
              {"now_epoch", now},
              {"applications", created},
              {"skipped", skipped},
              {"events", total_events},
              {"notes", st.notes},
              {"information_cycles", st.info_cycles},
              {"refused_moves", st.refused},
              {"refused_by_action", st.refused_by_action},
              {"levels", levels},
              {"staff_password", staff_pw},
              {"customer_password", customer_pw},
              {"staff", staff_logins},
              {"customer_managers", n_cm},
              {"project_managers", n_pm},
              {"customers", n_customers},
              {"customer_phone_example", customer_phones.front()},
              {"seconds", {{"people", t_people}, {"applications", t_applications}, {"total", t_total}}},
              {"simulated_sweeps", {{"count", sweeps}, {"marks", swept_marks}, {"seconds", sweep_seconds}}},
              {"settle_sweep", {{"applications_checked", settle.applications_checked}, {"marks_recorded", settle.marks_recorded}, {"seconds", settle.seconds}}},
              {"quiet_sweep", {{"applications_checked", quiet.applications_checked}, {"marks_recorded", quiet.marks_recorded}, {"seconds", quiet.seconds}}},
              {"track_samples", samples},
              {"cm1_numbers", cm_numbers}};
  json summary = out;
  summary.erase("track_samples");
  summary.erase("cm1_numbers");
  std::cout << summary.dump(2) << std::endl;
  if (!opt.out_file.empty()) std::ofstream(opt.out_file) << out.dump(1) << "\n";
  return 0;
}
