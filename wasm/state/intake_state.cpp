#include "state/intake_state.h"

#include "gp/codes.h"
#include "gp/date.h"
#include "gp/facts.h"
#include "gp/validate.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

namespace {
bool is_fact(const std::string& key) {
  for (const auto& k : gp::fact_keys())
    if (k == key) return true;
  return false;
}

void set_error(std::map<std::string, std::string>& errors, const std::string& field, const gp::Status& e) {
  if (e) errors[field] = en() ? e->message_en : e->message_zh;
  else errors.erase(field);
}
}  // namespace

void intake_refresh(IntakeState& s, bool en_lang) {
  s.outcome = evaluate_form(s.form, en_lang);
  s.evaluated = true;
  std::vector<IntakeDoc> docs;
  if (s.outcome.plan && s.outcome.plan->contains("documents") && s.outcome.plan->at("documents").is_array())
    for (const auto& d : s.outcome.plan->at("documents")) docs.push_back({jstr(d, "code"), jstr(d, "name_zh"), jstr(d, "name_en")});
  // Ticks of documents the new plan no longer asks for go.
  std::set<std::string> kept;
  for (const auto& d : docs)
    if (s.brought.count(d.code)) kept.insert(d.code);
  s.brought = std::move(kept);
  s.documents = std::move(docs);
}

gp::HallIntake intake_decision(const IntakeState& s) {
  std::vector<gp::DocumentRequirement> required;
  std::set<gp::DocumentCode> present;
  for (const auto& d : s.documents) {
    auto code = gp::parse_document(d.code);
    if (!code) continue;
    gp::DocumentRequirement r;
    r.code = *code;
    required.push_back(r);
    if (s.brought.count(d.code)) present.insert(*code);
  }
  return gp::hall_intake(required, present);  // rule D3, the shared rule itself
}

const char* intake_decision_key(gp::HallIntake d) {
  switch (d) {
    case gp::HallIntake::complete: return "intake.decision.complete";
    case gp::HallIntake::accept_with_gaps: return "intake.decision.gaps";
    default: return "intake.decision.reserve";
  }
}

bool check_intake(IntakeState& s, bool final, const std::string& today) {
  s.errors.erase("form");
  auto check = [&](const char* field, const std::string& v, bool required, auto fn) {
    if (!v.empty() || (final && required)) set_error(s.errors, field, fn(v));
    else s.errors.erase(field);
  };
  check("customer.phone", s.phone, true, [](const std::string& v) { return gp::validate::mobile_phone(v, "customer.phone"); });
  check("customer.name", s.name, true, [](const std::string& v) { return gp::validate::person_name(v, "customer.name"); });
  const auto day = gp::parse_date(today);
  check("customer.id_number", s.id_number, false, [&](const std::string& v) {
    return gp::validate::resident_id(v, "customer.id_number", day.value_or(gp::Date{2026, 1, 1}));
  });
  check("address", s.address, true, [](const std::string& v) { return gp::validate::text(v, "address", 2, 200); });
  check("contact_name", s.contact_name, false, [](const std::string& v) { return gp::validate::person_name(v, "contact_name"); });
  check("contact_phone", s.contact_phone, false, [](const std::string& v) { return gp::validate::mobile_phone(v, "contact_phone"); });
  bool ok = s.errors.empty();
  if (final && !s.outcome.errors.empty()) ok = false;
  return ok;
}

nlohmann::json intake_body(const IntakeState& s) {
  nlohmann::json j = s.outcome.facts.is_object() ? s.outcome.facts : nlohmann::json::object();
  j["address"] = s.address;
  j["customer"] = {{"phone", s.phone}, {"name", s.name}};
  if (!s.id_number.empty()) j["customer"]["id_number"] = s.id_number;
  if (!s.contact_name.empty()) j["contact_name"] = s.contact_name;
  if (!s.contact_phone.empty()) j["contact_phone"] = s.contact_phone;
  return j;
}

nlohmann::json intake_reservation_body(const IntakeState& s) {
  // Staff record it on the customer's behalf as an online reservation: the command center
  // contacts the customer within 18 hours (rule D4).
  nlohmann::json j = {{"channel", "online"}, {"name", s.name}, {"phone", s.phone}, {"address", s.address},
                      {"customer_type", gp::to_string(s.form.customer_type)}, {"business", gp::to_string(s.form.business)},
                      {"note", en() ? "Guided to a reservation at the service hall (no documents)" : "营业厅引导零证预约（未带资料）"}};
  return j;
}

void place_intake_error(IntakeState& s, const std::string& field, const std::string& message) {
  static const char* own[] = {"customer.phone", "customer.name", "customer.id_number", "address", "contact_name", "contact_phone"};
  for (const char* k : own)
    if (field == k) {
      s.errors[field] = message;
      return;
    }
  if (field == "phone") s.errors["customer.phone"] = message;  // the reservation's names
  else if (field == "name") s.errors["customer.name"] = message;
  else if (is_fact(field.substr(0, field.find_first_of(".["))))
    s.outcome.errors[field] = message;  // a fact: beside its question
  else s.errors["form"] = message;
}

void intake_created(IntakeState& s, const nlohmann::json& app) {
  s.created = jstr(app, "number");
  s.claim_code.clear();
  s.claim_owner_asked = false;
  if (app.contains("claim") && app.at("claim").is_object()) {
    s.claim_code = jstr(app.at("claim"), "code");
    s.claim_owner_asked = app.at("claim").value("pending_owner_confirmation", false);
  }
  s.created_decision = intake_decision(s) == gp::HallIntake::complete ? "complete" : "accept_with_gaps";
  nlohmann::json docs = nlohmann::json::array();
  if (app.contains("plan") && app.at("plan").contains("documents"))
    for (const auto& d : app.at("plan").at("documents"))
      if (s.brought.count(jstr(d, "code"))) docs.push_back(d);
  s.uploads.clear();
  sync_slots(s.uploads, docs);
}

void intake_reset(IntakeState& s) {
  IntakeState fresh;
  fresh.form = s.form;  // the next customer of the same kind is common at the counter
  fresh.form.capacity_kw.clear();
  s = std::move(fresh);
}

Requests apply(AppState& s, const IntakeIntent& in) {
  auto& x = s.staff.intake;
  const bool english = en();
  Requests out;
  if (in.facts_changed) intake_refresh(x, english);
  if (in.edited) check_intake(x, false, in.today);
  if (!in.open.empty()) go(s, Screen::Detail, in.open);
  if (in.next_customer) {
    intake_reset(x);
    intake_refresh(x, english);
  }
  if (in.submit && !x.busy) {
    intake_refresh(x, english);
    if (check_intake(x, true, in.today)) {  // rule D3 decides complete / accepted with gaps
      x.busy = true;
      out.push_back(post("/applications", intake_body(x), [](AppState& st, const net::ApiReply& r) {
        auto& xx = st.staff.intake;
        xx.busy = false;
        if (!r.ok()) place_intake_error(xx, reply_field(r), reply_text(r));
        else intake_created(xx, r.body);
        return Requests{};
      }));
    }
  }
  if (in.reserve && !x.busy && check_intake(x, true, in.today)) {  // nothing usable brought: D4
    x.busy = true;
    out.push_back(post("/reservations", intake_reservation_body(x), [](AppState& st, const net::ApiReply& r) {
      auto& xx = st.staff.intake;
      xx.busy = false;
      if (!r.ok()) place_intake_error(xx, reply_field(r), reply_text(r));
      else xx.reservation = jstr(r.body, "number");
      return Requests{};
    }));
  }
  return out;
}

}  // namespace state
