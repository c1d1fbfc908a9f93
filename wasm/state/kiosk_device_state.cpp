#include "state/kiosk_device_state.h"

#include "state/app_state.h"
#include "state/strings.h"

namespace state {

bool needs_setup(const KioskDeviceState& s) { return s.token.empty() || (s.checked && !s.valid); }

std::string typed_token(KioskDeviceState& s) {
  std::string t;
  for (char c : s.typed) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    t += static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
  }
  if (t.size() != 64 || t.find_first_not_of("0123456789abcdef") != std::string::npos) {
    s.error = tr("kiosk.setup_invalid");
    return "";
  }
  s.error.clear();
  return t;
}

void apply_device_check(KioskDeviceState& s, bool ok, bool kiosk) {
  s.pending.cancel();
  s.checked = true;
  // An error answer is no verdict: the kiosk keeps working (the server decides the channel per
  // request anyway) and asks again at the next start.
  s.valid = ok ? kiosk : true;
  if (!ok) return;
  if (!kiosk) s.error = tr("kiosk.setup_refused");
}


namespace {

Pending& check_slot(AppState& s) { return s.device.pending; }

Request check_device(AppState& s) {
  return pending(s, check_slot, get("/kiosk/device", [](AppState& st, const net::ApiReply& r) {
    apply_device_check(st.device, r.ok(), r.ok() && r.body.value("kiosk", false));
    return Requests{};
  }));
}

}  // namespace

Requests check_kiosk_device(AppState& s) {
  auto& d = s.device;
  if (!d.token.empty() && !d.checked && !d.pending.busy()) return {check_device(s)};
  return {};
}

Requests apply(AppState& s, const KioskSetupIntent& in) {
  auto& d = s.device;
  if (in.edited) d.error.clear();
  if (!in.save || d.pending.busy()) return {};
  const std::string token = typed_token(d);
  if (token.empty()) return {};
  d.token = token;
  d.typed.clear();  // the token leaves the field's memory
  d.checked = false;
  return {check_device(s)};
}

}  // namespace state
