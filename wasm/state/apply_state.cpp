#include "state/apply_state.h"

#include "state/app_state.h"

#include <cstdio>

#include "gp/validate.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "state/timeline.h"

namespace state {
namespace {

void set(std::map<std::string, std::string>& errors, const char* field, const gp::Status& e) {
  if (e) errors[field] = en() ? e->message_en : e->message_zh;
  else errors.erase(field);
}

bool details_field(const std::string& f) {
  return f == "address" || f == "contact_name" || f == "contact_phone" || f == "preferred_manager" ||
         f.rfind("meter_location", 0) == 0;
}

}  // namespace

void start_apply(ApplyState& s, const RulesForm& from_home, const std::string& name, const std::string& phone) {
  if (s.started) return;
  s.started = true;
  s.form = from_home;
  s.home_facts = evaluate_form(from_home, false).facts;
  if (s.contact_name.empty()) s.contact_name = name;
  if (s.contact_phone.empty()) s.contact_phone = phone;
  refresh_apply_plan(s);
}

bool take_home_case(ApplyState& s, const RulesForm& home) {
  if (!s.started || s.step == ApplyStep::Done || s.pending.busy()) return false;
  nlohmann::json facts = evaluate_form(home, false).facts;
  if (facts == s.home_facts) return false;  // unchanged: the wizard keeps its own edits
  s.home_facts = std::move(facts);
  s.form = home;
  s.step = ApplyStep::Case;
  refresh_apply_plan(s);
  return true;
}

void refresh_apply_plan(ApplyState& s) {
  s.outcome = evaluate_form(s.form, en());
  s.outcome_fresh = true;
  if (s.outcome.plan) sync_slots(s.docs, s.outcome.plan->at("documents"));
}

bool check_details(ApplyState& s, bool final) {
  auto check = [&](const char* field, const std::string& v, auto fn) {
    if (final || !v.empty()) set(s.errors, field, fn(v));
    else s.errors.erase(field);
  };
  check("address", s.address, [](const std::string& v) { return gp::validate::text(v, "address", 2, 200); });
  check("contact_name", s.contact_name, [](const std::string& v) { return gp::validate::person_name(v, "contact_name"); });
  check("contact_phone", s.contact_phone, [](const std::string& v) { return gp::validate::mobile_phone(v, "contact_phone"); });
  bool ok = s.errors.count("address") + s.errors.count("contact_name") + s.errors.count("contact_phone") == 0;
  // The meter location is checked by the rules (outcome.errors "meter_location...").
  for (const auto& [k, v] : s.outcome.errors)
    if (k.rfind("meter_location", 0) == 0) ok = false;
  return ok;
}

void located(ApplyState& s, bool ok, double latitude, double longitude, double accuracy_m, int error) {
  s.locating = false;
  if (!ok) {
    s.locate_note = tr(error == 1 ? "apply.locate_denied" : "apply.locate_failed");
    return;
  }
  char b[32];
  std::snprintf(b, sizeof b, "%.6f", latitude);
  s.form.latitude = b;
  std::snprintf(b, sizeof b, "%.6f", longitude);
  s.form.longitude = b;
  s.locate_note = trf("apply.located", {days_number(accuracy_m)});
  refresh_apply_plan(s);
}

bool can_continue(ApplyState& s) {
  switch (s.step) {
    case ApplyStep::Case: {
      // The meter location is asked on the next step; its errors do not hold this one up.
      for (const auto& [k, v] : s.outcome.errors)
        if (k.rfind("meter_location", 0) != 0) return false;
      return s.outcome.plan.has_value() || !s.outcome.errors.empty();
    }
    case ApplyStep::Details: return check_details(s, true) && s.outcome.plan.has_value();
    case ApplyStep::Documents: return true;  // missing documents allowed (rules D3, D4)
    case ApplyStep::Confirm: return s.outcome.plan.has_value() && !s.pending.busy();
    case ApplyStep::Done: return false;
  }
  return false;
}

void step_next(ApplyState& s) {
  if (s.step == ApplyStep::Confirm || s.step == ApplyStep::Done) return;
  if (!can_continue(s)) return;
  s.errors.erase("form");
  s.step = static_cast<ApplyStep>(static_cast<int>(s.step) + 1);
}

void step_back(ApplyState& s) {
  if (s.step == ApplyStep::Case || s.step == ApplyStep::Done) return;
  s.errors.erase("form");
  s.step = static_cast<ApplyStep>(static_cast<int>(s.step) - 1);
}

nlohmann::json apply_body(const ApplyState& s, bool kiosk) {
  nlohmann::json j = s.outcome.facts;
  j["address"] = s.address;
  j["contact_name"] = s.contact_name;
  j["contact_phone"] = s.contact_phone;
  j["channel"] = kiosk ? "kiosk" : "online";
  if (s.manager_id > 0) j["preferred_manager"] = s.manager_id;
  return j;
}

void place_apply_error(ApplyState& s, const std::string& field, const std::string& message) {
  if (details_field(field)) {
    s.errors[field.rfind("meter_location", 0) == 0 ? "meter_location" : field] = message;
    s.step = ApplyStep::Details;
  } else if (!field.empty() && field != "channel") {
    // A fact of the case (capacity_kw, voltage_kv, ...): the rules disagree with what was sent.
    s.outcome.errors[field] = message;
    s.errors["form"] = message;
    s.step = ApplyStep::Case;
  } else {
    s.errors["form"] = message;  // stays on the confirm step, everything typed kept
  }
}

void apply_created(ApplyState& s, const nlohmann::json& app) {
  s.pending.cancel();
  s.result = app;
  s.step = ApplyStep::Done;
  s.errors.clear();
}

void reset_apply(ApplyState& s) { s = ApplyState{}; }

std::vector<std::string> next_steps_lines(const nlohmann::json& app) {
  std::vector<std::string> out;
  if (!app.is_object()) return out;
  const auto rows = stage_rows(app);
  for (const auto& r : rows) {
    if (r.state != "active") continue;
    out.push_back(trf("apply.next_step", {r.name, r.deadline.empty() ? std::string(tr("stage.customer_time")) : r.deadline}));
    break;
  }
  const std::string deadline = short_time(jstr(app, "deadline"));
  const int limit = app.value("time_limit_working_days", 0);
  if (!deadline.empty()) out.push_back(trf("apply.all_by", {deadline, std::to_string(limit)}));
  if (app.contains("customer_manager") && app.at("customer_manager").is_object()) {
    const auto& m = app.at("customer_manager");
    out.push_back(trf("apply.manager_contacts", {jstr(m, "name"), jstr(m, "phone")}));
  }
  std::string steps;
  for (const auto& r : rows) steps += (steps.empty() ? "" : " → ") + r.name;
  if (!steps.empty()) out.push_back(trf("apply.steps_line", {steps}));
  return out;
}

int missing_count(const ApplyState& s) {
  int n = 0;
  for (const auto& d : s.docs)
    if (d.stage == UploadSlot::Stage::Empty) ++n;
  return n;
}

bool take_chosen_manager(AppState& s) {
  if (!s.chosen_manager) return false;
  s.customer.apply.manager_id = s.chosen_manager->id;
  s.customer.apply.manager_name = s.chosen_manager->name;
  s.customer.apply.errors.erase("preferred_manager");
  s.chosen_manager.reset();
  return true;
}


void open_apply(AppState& s, bool entered) {
  take_chosen_manager(s);  // back from the managers screen
  auto& a = s.customer.apply;
  const auto& u = s.session.user;
  // The home page's "what applies to me?" case comes along (its "apply for this").
  if (!a.started) start_apply(a, s.home.form, u ? u->name : "", u ? u->phone : "");
  else if (entered) take_home_case(a, s.home.form);
}

namespace {
Pending& submit_slot(AppState& s) { return s.customer.apply.pending; }
}  // namespace

Requests apply(AppState& s, const ApplyIntent& in) {
  auto& a = s.customer.apply;
  Requests out;
  if (in.case_changed) {
    refresh_apply_plan(a);
    if (a.step == ApplyStep::Details) a.errors.erase("meter_location");
  }
  if (in.details_edited) check_details(a, false);
  if (in.toggle_plan) a.plan_details = !a.plan_details;
  if (in.back) step_back(a);
  if (in.next) {
    if (a.step == ApplyStep::Details) check_details(a, true);
    step_next(a);
  }
  if (in.choose_manager) go(s, Screen::Managers, "apply");
  if (in.clear_manager) {
    a.manager_id = 0;
    a.manager_name.clear();
  }
  if (in.remove >= 0) {  // the file itself was let go by the platform
    auto& d = a.docs[static_cast<std::size_t>(in.remove)];
    UploadSlot fresh;
    fresh.kind = d.kind;
    fresh.name_zh = d.name_zh;
    fresh.name_en = d.name_en;
    fresh.note_zh = d.note_zh;
    fresh.note_en = d.note_en;
    d = fresh;
  }
  if (in.retry >= 0 && a.uploading < 0) {
    a.docs[static_cast<std::size_t>(in.retry)].stage = UploadSlot::Stage::Picked;
    a.send_docs = true;
  }
  if (in.submit && !a.pending.busy() && a.step == ApplyStep::Confirm) {
    a.errors.erase("form");
    out.push_back(pending(s, submit_slot, post("/applications", apply_body(a, s.kiosk), [](AppState& st, const net::ApiReply& r) {
      auto& x = st.customer.apply;
      if (!r.ok()) {
        place_apply_error(x, reply_field(r), reply_text(r));
        return Requests{};
      }
      apply_created(x, r.body);
      x.send_docs = true;
      return Requests{};
    })));
  }
  if (in.open_detail) go(s, Screen::Detail, jstr(a.result, "number"));
  if (in.again && a.uploading < 0) reset_apply(a);
  return out;
}

}  // namespace state
