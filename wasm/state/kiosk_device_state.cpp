#include "state/kiosk_device_state.h"

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
  s.pending = 0;
  s.checked = true;
  // An error answer is no verdict: the kiosk keeps working (the server decides the channel per
  // request anyway) and asks again at the next start.
  s.valid = ok ? kiosk : true;
  if (!ok) return;
  if (!kiosk) s.error = tr("kiosk.setup_refused");
}

}  // namespace state
