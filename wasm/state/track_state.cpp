#include "state/track_state.h"

#include "gp/validate.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

bool take_home_box(TrackState& s, HomeState& home) {
  if (!home.track_requested) return false;
  home.track_requested = false;
  s.number = home.track_number;
  s.phone = home.track_phone;
  s.errors.clear();
  s.result = nullptr;
  return true;
}

bool check_track(TrackState& s, bool final) {
  s.errors.erase("form");
  if (s.number.empty()) {
    if (final) s.errors["number"] = tr("track.number_missing");
    else s.errors.erase("number");
  } else if (s.number.size() > 40) {
    s.errors["number"] = tr("track.number_bad");
  } else {
    s.errors.erase("number");
  }
  if (final || !s.phone.empty()) {
    auto e = gp::validate::mobile_phone(s.phone, "phone");
    if (e) s.errors["phone"] = en() ? e->message_en : e->message_zh;
    else s.errors.erase("phone");
  } else {
    s.errors.erase("phone");
  }
  return s.errors.empty();
}

nlohmann::json track_body(const TrackState& s) {
  std::string number;
  for (char c : s.number)
    if (c != ' ') number += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return {{"number", number}, {"phone", s.phone}};
}

void start_lookup(TrackState& s) {
  s.result = nullptr;
  s.errors.erase("form");
}

void apply_track_reply(TrackState& s, bool ok, const nlohmann::json& body, const std::string& field, const std::string& message) {
  if (ok) {
    s.result = body;
    return;
  }
  if (field == "number" || field == "phone") s.errors[field] = message;
  else s.errors["form"] = message;
}

namespace {

Pending& lookup_slot(AppState& s) { return s.customer.track.pending; }

Request send_track(AppState& s) {
  auto& t = s.customer.track;
  start_lookup(t);
  return pending(s, lookup_slot, post("/track", track_body(t), [](AppState& st, const net::ApiReply& r) {
    apply_track_reply(st.customer.track, r.ok(), r.body, reply_field(r), reply_text(r));
    return Requests{};
  }));
}

}  // namespace

Requests track_from_home(AppState& s) {
  auto& t = s.customer.track;
  if (take_home_box(t, s.home) && check_track(t, true)) return {send_track(s)};
  return {};
}

Requests apply(AppState& s, const TrackIntent& in) {
  auto& t = s.customer.track;
  if (in.keypad_field >= 0) t.keypad.field = in.keypad_field;
  if (in.key) {
    const bool number = t.keypad.field == 0;
    keypad_press(number ? t.number : t.phone, number ? KeypadMode::AppNumber : KeypadMode::Phone, in.key);
    // A complete application number moves the keypad on to the phone.
    if (number && t.number.size() == 16 && in.key != '<' && in.key != 'C') t.keypad.field = 1;
    // A number half typed on the keypad is no error yet: checked once complete (or on "track").
    if (number) t.errors.erase("number");
    if (!number && t.phone.size() < 11) t.errors.erase("phone");
    else check_track(t, false);
  }
  if (in.edited) check_track(t, false);
  if (in.submit && !t.pending.busy() && check_track(t, true)) return {send_track(s)};
  return {};
}

}  // namespace state
