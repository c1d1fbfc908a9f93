#include "services/sla_job.h"

#include <chrono>
#include <cstdio>
#include <set>

#include "store/applications.h"
#include "store/db_error.h"
#include "store/reservation_clock.h"
#include "store/savepoint.h"
#include "store/sla_marks.h"
#include "store/sessions.h"

namespace gp::server {
namespace {

using nlohmann::json;

std::vector<std::int64_t> ids_with_role(store::Conn& db, gp::Role r) {
  std::vector<std::int64_t> out;
  for (const auto& u : store::users_with_role(db, r)) out.push_back(u.id);
  return out;
}

}  // namespace

// Who hears of a rise beyond the customer manager (rule M2), read once per write transaction.
struct SlaJob::Recipients {
  std::vector<std::int64_t> command_center, leadership;
};

int SlaJob::sweep_application(store::Conn& db, const Recipients& to_staff, std::int64_t id, gp::Instant now) {
  auto row = store::find_application(db, id);
  if (!row) return 0;
  LoadedApplication app;
  app.row = *row;
  app.state = *apps_.state_of(db, *row);
  auto cal = env_.cal.current();
  const auto& policy = env_.cfg.current()->sla;
  auto view = gp::view_of(app.state, *cal, now, policy);
  int recorded = 0;

  auto record = [&](const std::string& subject, const std::string& scope_zh, const std::string& scope_en,
                    const gp::SlaStatus& st, const std::string& stage_code) {
    struct Step { bool reached; std::string mark, type; int escalation; };
    const int esc = static_cast<int>(st.escalation);
    const std::vector<Step> steps = {
        {st.level != gp::SlaLevel::normal, "warning", "sla_warning", 1},
        {st.level == gp::SlaLevel::overdue, "overdue", "sla_overdue", 2},
        {esc >= 2, "escalation_2", "escalated", 2},
        {esc >= 3, "escalation_3", "escalated", 3},
    };
    if (!steps.front().reached) return;  // nothing to record below the warning
    const std::set<std::string> marks = store::sla_marks_of(db, subject);  // one lookup per subject
    for (const auto& step : steps) {
      // rule M2: acknowledged at level 2 (BoardService::acknowledge records "ack_2"), a subject is
      // not raised to leadership.
      if (!gp::may_record_escalation(step.escalation, marks)) continue;
      if (!step.reached || marks.count(step.mark) || !store::record_sla_mark(db, subject, step.mark, now)) continue;
      ++recorded;
      gp::Event e;
      e.at = now;
      e.type = step.type;
      e.role = gp::Role::system;
      e.channel = "system";
      e.data = {{"subject", subject}, {"stage", stage_code}, {"level", gp::to_string(st.level)},
                {"escalation", step.escalation}, {"escalation_to", gp::to_string(static_cast<gp::Escalation>(step.escalation))},
                {"deadline", st.deadline ? json(gp::format_datetime_cst(*st.deadline)) : json(nullptr)},
                {"elapsed_working_days", st.used}};
      // The queue columns are derived once below, after every event of this application.
      gp::apply_event(app.state, store::append_event(db, app.row.id, 0, e, std::nullopt).event);
      // rule M2: the customer manager first, then the command center, then leadership (admins).
      std::vector<std::int64_t> to;
      if (app.row.customer_manager_id) to.push_back(*app.row.customer_manager_id);
      if (step.escalation >= 2) to.insert(to.end(), to_staff.command_center.begin(), to_staff.command_center.end());
      if (step.escalation >= 3) to.insert(to.end(), to_staff.leadership.begin(), to_staff.leadership.end());
      const gp::Named n = gp::event_named(step.type);
      for (auto u : to) {
        Notice notice;
        notice.user_id = u;
        notice.application_id = app.row.id;
        notice.kind = step.type;
        notice.title_zh = app.row.number + " " + n.zh + "（" + scope_zh + "）";
        notice.title_en = app.row.number + " " + n.en + " (" + scope_en + ")";
        notice.body_zh = "督办级别：" + std::string(gp::named(gp::Role::customer_manager).zh);
        notice.body_en = std::string("Escalated to: ") + gp::to_string(static_cast<gp::Escalation>(step.escalation));
        if (step.escalation >= 2) notice.body_zh = std::string("督办级别：") + (step.escalation >= 3 ? "公司领导" : "供电服务指挥中心");
        env_.notifier.add(db, notice, now);
      }
    }
  };
  record("app:" + std::to_string(id), "办电总时限", "whole application", view.overall, "");
  for (std::size_t i = 0; i < view.stages.size(); ++i) {
    const auto& sv = view.stages[i];
    if (sv.state != gp::StageState::active || !sv.sla) continue;
    record("app:" + std::to_string(id) + ":stage:" + std::to_string(i), sv.stage->name_zh, sv.stage->name_en, *sv.sla,
           gp::to_string(sv.stage->code));
  }
  // rule W1: each open supporting-works item runs on its own clock and is warned and escalated like a
  // step (for 10 kV and above it is not part of the application's limit, rule T4).
  for (std::size_t i = 0; i < view.works.size() && i < app.state.works.size(); ++i) {
    const auto& w = app.state.works[i];
    if (w.done) continue;
    const gp::Named k = gp::named(w.item.kind);
    record("app:" + std::to_string(id) + ":works:" + std::to_string(i + 1), std::string("配套工程：") + k.zh,
           std::string("supporting works: ") + k.en, view.works[i], "supporting_works");
  }
  if (recorded) app.row.updated_at = now;
  if (!apps_.refresh_derived(db, app, now) && recorded) store::set_updated_at(db, id, now);
  return recorded;
}

int SlaJob::sweep_reservations(gp::Instant now, int* checked) {
  // rule D4: 20 minutes to dispatch a phone reservation, 18 hours to contact an online one (clock time).
  const auto open = store::open_reservations_due_by(env_.db.reader(), now + 24 * 3600);
  *checked = static_cast<int>(open.size());
  int recorded = 0;
  for (const auto& due : open) {
    const std::int64_t id = due.id;
    const std::string& number = due.number;
    recorded += env_.db.write([&](store::Conn& db) {
      const auto res = store::open_reservation(db, id);
      if (!res) return 0;
      gp::SlaInput in;
      in.start = res->created_at;
      in.limit = static_cast<double>(res->due_at - in.start);
      auto st = gp::evaluate_clock_time(in, now, env_.cfg.current()->sla);
      int n = 0;
      const std::string subject = "res:" + std::to_string(id);
      for (auto [reached, mark, type] : {std::tuple{st.level != gp::SlaLevel::normal, "warning", "sla_warning"},
                                         std::tuple{st.level == gp::SlaLevel::overdue, "overdue", "sla_overdue"},
                                         std::tuple{static_cast<int>(st.escalation) >= 3, "escalation_3", "escalated"}}) {
        if (!reached || !store::record_sla_mark(db, subject, mark, now)) continue;
        ++n;
        gp::Event e;
        e.at = now;
        e.type = type;
        e.role = gp::Role::system;
        e.channel = "system";
        e.data = {{"subject", subject}, {"level", gp::to_string(st.level)}, {"escalation", static_cast<int>(st.escalation)}};
        store::append_event(db, 0, id, e, std::nullopt);
        const gp::Named nm = gp::event_named(type);
        std::vector<std::int64_t> to = ids_with_role(db, gp::Role::command_center);
        if (std::string(mark) == "escalation_3") for (auto u : ids_with_role(db, gp::Role::admin)) to.push_back(u);
        for (auto u : to) {
          Notice notice;
          notice.user_id = u;
          notice.kind = type;
          notice.title_zh = number + " 预约" + nm.zh;
          notice.title_en = number + " reservation " + nm.en;
          env_.notifier.add(db, notice, now);
        }
      }
      return n;
    });
  }
  return recorded;
}

SweepReport SlaJob::sweep(gp::Instant now) {
  std::lock_guard<std::mutex> lock(sweep_mu_);
  const auto t0 = std::chrono::steady_clock::now();
  SweepReport r;
  // rule D4 first: a handful of reservations on a 20-minute clock.
  r.marks_recorded += sweep_reservations(now, &r.reservations_checked);
  for (const auto& w : watches_) w(now, r);
  const auto due = store::applications_due_for_sla(env_.db.reader(), now);  // oldest due first
  std::size_t next = 0;
  const auto batch_limit = std::min<std::chrono::steady_clock::duration>(std::chrono::milliseconds(50), budget_);
  while (next < due.size()) {
    // Many applications per write transaction: a commit each was most of the time of a sweep that
    // catches up after downtime. A batch stops after ~50 ms of work so that requests waiting to
    // write are not held up long.
    env_.db.write([&](store::Conn& db) {
      Recipients to;
      to.command_center = ids_with_role(db, gp::Role::command_center);
      to.leadership = ids_with_role(db, gp::Role::admin);
      const auto batch_start = std::chrono::steady_clock::now();
      do {
        const std::int64_t id = due[next++];
        ++r.applications_checked;
        // One application that cannot be swept (stored facts that no longer parse, say) must not
        // stop the watch over the others: its part is undone, logged and counted, and it is
        // tried again on the next sweep. A database error (full disk, I/O) ends the sweep as a
        // whole: the batch is rolled back and the next sweep starts over.
        store::Savepoint sp(db, "sla_application");
        try {
          r.marks_recorded += sweep_application(db, to, id, now);
          sp.release();
        } catch (const std::exception& e) {
          if (store::is_database_error(e)) throw;
          sp.rollback_and_release();
          ++r.applications_failed;
          std::fprintf(stderr, "sla job: application %lld not swept: %s\n", static_cast<long long>(id), e.what());
        }
      } while (next < due.size() && std::chrono::steady_clock::now() - batch_start < batch_limit);
    });
    if (std::chrono::steady_clock::now() - t0 >= budget_) break;
  }
  r.applications_left = static_cast<int>(due.size() - next);
  if (r.marks_recorded) env_.notifier.announce();
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

void SlaJob::start(int period_seconds) {
  if (running_.exchange(true)) return;
  thread_ = std::thread([this, period_seconds] {
    while (running_) {
      try {
        // With --test-clock "now" is the test's to give: no sweep on the real clock before it is set
        // (after a restart the real date could be past every deadline of the test's timeline).
        if (!env_.clock.settable() || env_.clock.fixed()) {
          const gp::Instant now = env_.clock.now();
          for (SweepReport r = sweep(now); r.applications_left > 0 && running_;) r = sweep(env_.clock.now());
          // Ended sessions are useless rows: pruned a day after they expired (or at once if revoked).
          env_.db.write([&](store::Conn& db) { store::delete_expired_sessions(db, now - 86400); });
        }
      } catch (const std::exception& e) {
        std::fprintf(stderr, "sla job: %s\n", e.what());
      }
      for (int i = 0; i < period_seconds * 10 && running_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
}

void SlaJob::stop() {
  if (!running_.exchange(false)) return;
  if (thread_.joinable()) thread_.join();
}

}  // namespace gp::server
