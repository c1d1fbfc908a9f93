#include "state/my_apps_state.h"

#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

std::vector<AppRow> app_rows(const gp::dto::ApplicationPageDto& page) {
  std::vector<AppRow> out;
  for (const auto& it : page.items) {
    AppRow r;
    r.number = it.number;
    r.status = it.status;
    r.business = name_of(it.business);
    r.customer_type = name_of(it.customer_type);
    r.stage = it.stage ? name_of(*it.stage) : "";
    r.address = it.address;
    r.submitted = short_time(it.submitted_at);
    r.deadline = short_time(it.deadline.value_or(""));
    r.level = it.level;
    r.waiting_for = it.waiting_for;
    if (it.customer_manager) r.manager = it.customer_manager->name;
    r.remaining = it.remaining_working_days;
    r.paused = it.paused;
    out.push_back(std::move(r));
  }
  return out;
}

std::string next_deadline_text(const AppRow& r) {
  if (r.status == "completed" || r.status == "withdrawn") return status_text(r.status);
  std::string s;
  if (!r.waiting_for.empty() || r.status == "waiting_customer") s = tr("my.waiting_you");
  if (r.paused) s += (s.empty() ? "" : " · ") + std::string(tr("stage.paused"));
  if (!r.deadline.empty()) {
    std::string d = trf("my.deadline", {r.deadline});
    if (r.remaining) d += " " + trf("my.remaining", {days_number(*r.remaining)});
    s += (s.empty() ? "" : " · ") + d;
  }
  return s;
}


namespace {

Pending& load_slot(AppState& s) { return s.customer.my.pending; }

Request load_my_apps(AppState& s) {
  return pending(s, load_slot, get("/applications?sort=newest&page_size=100", [](AppState& st, const net::ApiReply& r) {
    auto& m = st.customer.my;
    if (!r.ok()) {
      m.error = reply_text(r);
      return Requests{};
    }
    try {
      const auto page = gp::dto::decode<gp::dto::ApplicationPageDto>(r.body);
      m.rows = app_rows(page);
      m.total = page.total;
      m.loaded = true;
      m.error.clear();
    } catch (const gp::dto::DecodeError& e) {
      m.error = trf("common.bad_reply", {e.path});
    }
    return Requests{};
  }));
}

}  // namespace

Requests apply(AppState& s, const MyAppsIntent& in) {
  auto& m = s.customer.my;
  Requests out;
  bool news = false;
  for (const auto& r : m.rows) news |= take_touched(s.inbox, r.number);
  if (!s.inbox.touched.empty() && m.loaded) {  // news of an application not listed yet
    s.inbox.touched.clear();
    news = true;
  }
  if ((in.entered || news || in.refresh) && !m.pending.busy()) out.push_back(load_my_apps(s));
  if (in.apply) go(s, Screen::Apply);
  if (!in.open.empty()) go(s, Screen::Detail, in.open);
  return out;
}

}  // namespace state
