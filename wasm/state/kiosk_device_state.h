// The kiosk's device token (issue 15): the server records the channel "kiosk" only for requests
// carrying the token of a device an administrator registered. Staff enter it once on the kiosk's
// setup screen (or open the page once with ?device=TOKEN); it is kept in the browser's
// localStorage, sent with every request (X-GetPower-Kiosk-Device) and never shown or logged.
#pragma once
#include <string>

namespace state {

struct KioskDeviceState {
  std::string token;     // the stored token ("" : none yet)
  bool checked = false;  // GET /api/v1/kiosk/device answered for `token`
  bool valid = false;    // ... and said it belongs to a device in service
  long long pending = 0;
  std::string typed;     // the setup screen's field
  std::string error;     // its message (current language)
};

// Whether the kiosk shows its setup screen instead of the public screens.
bool needs_setup(const KioskDeviceState& s);
// A token as typed (spaces removed, lower-cased); "" and sets s.error when it is not 64 hex digits.
std::string typed_token(KioskDeviceState& s);
// The server's answer for the current token.
void apply_device_check(KioskDeviceState& s, bool ok, bool kiosk);

}  // namespace state
