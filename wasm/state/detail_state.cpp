#include "state/detail_state.h"

#include "gp/dto/application.h"
#include "gp/dto/wire.h"
#include "gp/validate.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "state/timeline.h"

namespace state {

bool open_detail(DetailState& s, const std::string& number) {
  if (s.number != number) {
    s = DetailState{};
    s.number = number;
    return !number.empty();
  }
  return s.app.is_null() && !s.pending.busy() && s.error.empty() && !number.empty();
}

void detail_loaded(DetailState& s, const nlohmann::json& app) {
  s.app = app;
  s.error.clear();
  sync_actions(s.actions, app.contains("next_actions") ? app.at("next_actions") : nlohmann::json::array());
  // Upload slots: the checklist (rule D5) in its order; present documents count as done.
  std::vector<UploadSlot> before = s.uploads;
  sync_slots(s.uploads, app.contains("checklist") ? app.at("checklist") : nlohmann::json::array());
  if (app.contains("checklist") && app.at("checklist").is_array()) {
    std::size_t i = 0;
    for (const auto& c : app.at("checklist")) {
      if (i >= s.uploads.size()) break;
      auto& u = s.uploads[i++];
      const bool present = jstr(c, "state") == "present";
      if (present && u.stage != UploadSlot::Stage::Uploading) u.stage = UploadSlot::Stage::Done;
      if (!present && u.stage == UploadSlot::Stage::Done) u.stage = UploadSlot::Stage::Empty;
    }
  }
}

std::vector<TodoItem> customer_todo(const nlohmann::json& app) {
  std::vector<TodoItem> out;
  if (!app.is_object()) return out;
  const std::string status = jstr(app, "status");
  if (status == "withdrawn") return {{"finished", tr("todo.withdrawn")}};
  const std::string waiting = jstr(app, "waiting_for");
  const std::string message = jstr(app, "waiting_message");
  if (!waiting.empty() && waiting != "contract_signature") {  // the contract item below says it
    const std::string key = "todo." + waiting;
    std::string t = has_key(key) ? tr(key) : tr("todo.waiting");
    if (!message.empty()) t += trf("todo.message", {message});
    out.push_back({waiting, t});
  }
  for (const auto& r : stage_rows(app))
    if (r.state == "active" && r.customer_side && waiting.empty()) out.push_back({"customer_works", tr("todo.customer_works")});
  const auto& contract = app.contains("contract") ? app.at("contract") : nlohmann::json();
  if (contract.is_object() && contract.value("available", false) && !contract.value("signed", false))
    out.push_back({"contract", tr("todo.contract")});
  const auto& wc = app.contains("works_contract") ? app.at("works_contract") : nlohmann::json();
  if (wc.is_object() && !wc.value("signed", false) && status != "completed")  // rule W2
    out.push_back({"works_contract", tr("todo.works_contract")});
  if (can_rate(app)) out.push_back({"rate", tr("todo.rate")});
  if (status != "completed" && app.contains("checklist") && app.at("checklist").is_array()) {
    int missing = 0;
    for (const auto& c : app.at("checklist"))
      if (jstr(c, "state") == "missing") ++missing;
    if (missing > 0) out.push_back({"documents", trf("todo.documents", {std::to_string(missing)})});
  }
  if (out.empty()) {
    if (status == "completed") {
      out.push_back({"finished", tr("todo.finished")});
    } else {
      std::string who;
      for (const auto& r : stage_rows(app))
        if (r.state == "active" && !r.holder_name.empty()) who = r.holder_name;
      out.push_back({"none", who.empty() ? std::string(tr("todo.none")) : trf("todo.none_with", {who})});
    }
  }
  return out;
}

bool can_rate(const nlohmann::json& app) {
  return app.is_object() && jstr(app, "status") == "completed" && (!app.contains("rating") || app.at("rating").is_null());
}

bool check_rating(RatingForm& f, bool final) {
  f.errors.erase("form");
  if (final && (f.service < 1 || f.service > 5)) f.errors["service_score"] = tr("rate.need_service");
  else f.errors.erase("service_score");
  if (f.manager < 0 || f.manager > 5) f.errors["manager_score"] = tr("rate.need_service");
  else f.errors.erase("manager_score");
  if (auto e = gp::validate::text(f.comment, "comment", 0, 500)) f.errors["comment"] = en() ? e->message_en : e->message_zh;
  else f.errors.erase("comment");
  return f.errors.empty();
}

nlohmann::json rating_body(const RatingForm& f) {
  nlohmann::json j = {{"service_score", f.service}};
  if (f.manager > 0) j["manager_score"] = f.manager;
  if (!f.comment.empty()) j["comment"] = f.comment;
  return j;
}

void place_rating_error(RatingForm& f, const std::string& field, const std::string& message) {
  if (field == "service_score" || field == "manager_score" || field == "comment") f.errors[field] = message;
  else f.errors["form"] = message;
}

std::string manager_line(const nlohmann::json& app) {
  if (!app.is_object() || !app.contains("customer_manager") || !app.at("customer_manager").is_object()) return "";
  const auto& m = app.at("customer_manager");
  return jstr(m, "name") + (jstr(m, "phone").empty() ? "" : " " + jstr(m, "phone"));
}


namespace {

// Every answer that is the application (GET, an action's, the rating's) is checked against the
// shared DTO (gp/dto/application.h) first: a body of another shape is common.bad_reply naming the
// key, and what is shown stays. (The screen still reads the checked JSON by its keys.)
void take_detail(DetailState& d, const nlohmann::json& body) {
  try {
    (void)gp::dto::decode<gp::dto::ApplicationDetail>(body);
  } catch (const gp::dto::DecodeError& e) {
    d.error = trf("common.bad_reply", {e.path});
    return;
  }
  detail_loaded(d, body);
}

Pending& load_slot(AppState& s) { return s.customer.detail.pending; }
Pending& rating_slot(AppState& s) { return s.customer.detail.rating.pending; }

Request load_detail(AppState& s) {
  auto& d = s.customer.detail;
  d.reload = false;
  return pending(s, load_slot, get("/applications/" + url_encode(d.number), [](AppState& st, const net::ApiReply& r) {
    auto& x = st.customer.detail;
    if (r.ok()) take_detail(x, r.body);
    else x.error = reply_text(r);
    return Requests{};
  }));
}

// An action's form is found again by its action and request id (the forms follow each answer).
Request send_action(AppState& s, ActionForm& f) {
  const long long id = next_request_id();
  const std::string number = s.customer.detail.number;
  const std::string action = f.action;
  const std::string label = action_label(f);
  f.busy = true;
  f.pending = id;
  return post("/applications/" + url_encode(number) + "/actions", action_body(f),
              [id, action, label, number](AppState& st, const net::ApiReply& r) {
                auto& d = st.customer.detail;
                ActionForm* form = nullptr;
                for (auto& x : d.actions)
                  if (x.action == action && x.pending == id) form = &x;
                if (!form || d.number != number) return Requests{};
                form->busy = false;
                form->pending = 0;
                if (!r.ok()) {
                  place_action_error(*form, reply_field(r), reply_text(r));  // values kept
                  return Requests{};
                }
                reset_values(*form);
                form->open = false;
                d.notice = trf("detail.action_done", {label});
                take_detail(d, r.body);
                return Requests{};
              });
}

}  // namespace

Requests open_detail(AppState& s, bool entered) {
  auto& d = s.customer.detail;
  const std::string number = s.route.param;
  bool fetch = open_detail(d, number);
  fetch |= entered;
  fetch |= take_touched(s.inbox, number);  // news of it: the timeline updates in place
  fetch |= d.reload;
  if (!fetch || number.empty()) return {};
  if (!d.pending.busy()) return {load_detail(s)};
  d.reload = true;  // once the answer in flight is in
  return {};
}

Requests apply(AppState& s, const DetailIntent& in) {
  auto& d = s.customer.detail;
  const std::string number = s.route.param;
  Requests out;
  if (in.back) back(s);
  if (in.reload && !d.pending.busy()) {
    d.error.clear();
    out.push_back(load_detail(s));
  }
  if (in.toggle_action >= 0) {
    auto& f = d.actions[static_cast<std::size_t>(in.toggle_action)];
    f.open = !f.open;
    d.notice.clear();
  }
  if (in.edited_action >= 0) check_action(d.actions[static_cast<std::size_t>(in.edited_action)], false);
  if (in.submit_action >= 0) {
    auto& f = d.actions[static_cast<std::size_t>(in.submit_action)];
    if (!f.busy && check_action(f, true)) out.push_back(send_action(s, f));
  }
  if (in.contract) go(s, Screen::Contract, number);
  if (in.works_contract) go(s, Screen::WorksContract, number);
  if (in.choose_manager) go(s, Screen::Managers, number);
  if (in.toggle_events) d.show_events = !d.show_events;
  if (in.rate_edited) check_rating(d.rating, false);
  if (in.rate_submit && !d.rating.pending.busy() && check_rating(d.rating, true)) {
    out.push_back(pending(s, rating_slot, post("/applications/" + url_encode(number) + "/rating", rating_body(d.rating),
                                               [](AppState& st, const net::ApiReply& r) {
      auto& x = st.customer.detail;
      if (!r.ok()) {
        place_rating_error(x.rating, reply_field(r), reply_text(r));
        return Requests{};
      }
      x.notice = tr("rate.thanks");
      take_detail(x, r.body);
      return Requests{};
    })));
  }
  return out;
}

}  // namespace state
