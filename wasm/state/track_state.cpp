#include "state/track_state.h"

#include "gp/validate.h"
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

void start_lookup(TrackState& s, long long request) {
  s.pending = request;
  s.result = nullptr;
  s.errors.erase("form");
}

void apply_track_reply(TrackState& s, bool ok, const nlohmann::json& body, const std::string& field, const std::string& message) {
  s.pending = 0;
  if (ok) {
    s.result = body;
    return;
  }
  if (field == "number" || field == "phone") s.errors[field] = message;
  else s.errors["form"] = message;
}

}  // namespace state
