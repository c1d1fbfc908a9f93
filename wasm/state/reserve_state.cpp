#include "state/reserve_state.h"

#include "state/app_state.h"

#include "gp/codes.h"
#include "gp/validate.h"
#include "state/strings.h"

namespace state {
namespace {

void set(std::map<std::string, std::string>& errors, const char* field, const gp::Status& e) {
  if (e) errors[field] = en() ? e->message_en : e->message_zh;
  else errors.erase(field);
}

}  // namespace

bool check_reserve(ReserveState& s, bool final) {
  s.errors.erase("form");
  auto check = [&](const char* field, const std::string& v, auto fn) {
    if (final || !v.empty()) set(s.errors, field, fn(v));
    else s.errors.erase(field);
  };
  check("name", s.name, [](const std::string& v) { return gp::validate::person_name(v, "name"); });
  check("phone", s.phone, [](const std::string& v) { return gp::validate::mobile_phone(v, "phone"); });
  check("address", s.address, [](const std::string& v) { return gp::validate::text(v, "address", 2, 200); });
  if (!s.note.empty()) set(s.errors, "note", gp::validate::text(s.note, "note", 0, 500));
  else s.errors.erase("note");
  return s.errors.empty();
}

nlohmann::json reserve_body(const ReserveState& s) {
  const auto& types = gp::all_customer_types();
  const auto& biz = gp::all_businesses();
  nlohmann::json j = {{"name", s.name}, {"phone", s.phone}, {"address", s.address},
                      {"customer_type", gp::to_string(types.at(static_cast<std::size_t>(s.customer_type)))},
                      {"business", gp::to_string(biz.at(static_cast<std::size_t>(s.business)))}};
  if (!s.note.empty()) j["note"] = s.note;
  return j;
}

void place_reserve_error(ReserveState& s, const std::string& field, const std::string& message) {
  if (field == "name" || field == "phone" || field == "address" || field == "note" || field == "customer_type" || field == "business")
    s.errors[field] = message;
  else
    s.errors["form"] = message;
}

void prefill_reserve(ReserveState& s, const std::string& name, const std::string& phone) {
  if (s.prefilled) return;
  s.prefilled = true;
  if (s.name.empty()) s.name = name;
  if (s.phone.empty()) s.phone = phone;
}

void prefill_reserve(AppState& s) {
  if (s.session.user && !s.session.user->staff()) prefill_reserve(s.customer.reserve, s.session.user->name, s.session.user->phone);
}

namespace {
Pending& send_slot(AppState& s) { return s.customer.reserve.pending; }
}  // namespace

Requests apply(AppState& s, const ReserveIntent& in) {
  auto& r = s.customer.reserve;
  if (in.key) {
    keypad_press(r.phone, KeypadMode::Phone, in.key);
    // A number half typed on the keypad is no error yet: checked once complete (or on submit).
    if (r.phone.size() < 11) r.errors.erase("phone");
    else check_reserve(r, false);
  }
  if (in.edited) check_reserve(r, false);
  if (in.again) {
    r = ReserveState{};
    if (s.kiosk) go(s, Screen::Home);
  }
  if (in.submit && !r.pending.busy() && check_reserve(r, true)) {
    return {pending(s, send_slot, post("/reservations", reserve_body(r), [](AppState& st, const net::ApiReply& rep) {
      auto& x = st.customer.reserve;
      if (rep.ok()) x.result = rep.body;
      else place_reserve_error(x, reply_field(rep), reply_text(rep));  // what was typed stays
      return Requests{};
    }))};
  }
  return {};
}

}  // namespace state
