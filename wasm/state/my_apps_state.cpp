#include "state/my_apps_state.h"

#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

std::vector<AppRow> parse_app_list(const nlohmann::json& reply) {
  std::vector<AppRow> out;
  if (!reply.is_object() || !reply.contains("items") || !reply.at("items").is_array()) return out;
  for (const auto& it : reply.at("items")) {
    AppRow r;
    r.number = jstr(it, "number");
    r.status = jstr(it, "status");
    r.business = it.contains("business") ? jtext(it.at("business")) : "";
    r.customer_type = it.contains("customer_type") ? jtext(it.at("customer_type")) : "";
    r.stage = it.contains("stage") && it.at("stage").is_object() ? jtext(it.at("stage")) : "";
    r.address = jstr(it, "address");
    r.submitted = short_time(jstr(it, "submitted_at"));
    r.deadline = short_time(jstr(it, "deadline"));
    r.level = jstr(it, "level");
    r.waiting_for = jstr(it, "waiting_for");
    if (it.contains("customer_manager") && it.at("customer_manager").is_object()) r.manager = jstr(it.at("customer_manager"), "name");
    if (it.contains("remaining_working_days") && it.at("remaining_working_days").is_number())
      r.remaining = it.at("remaining_working_days").get<double>();
    r.paused = it.value("paused", false);
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
    if (r.ok()) {
      m.rows = parse_app_list(r.body);
      m.total = r.body.value("total", 0LL);
      m.loaded = true;
      m.error.clear();
    } else {
      m.error = reply_text(r);
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
