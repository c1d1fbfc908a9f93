// The kiosk's device token (issue 15): the server records the channel "kiosk" only for requests
// carrying the token of a device an administrator registered. Staff enter it once on the kiosk's
// setup screen (or open the page once with ?device=TOKEN); it is kept in the browser's
// localStorage, sent with every request (X-GetPower-Kiosk-Device) and never shown or logged.
#pragma once
#include <string>

#include "state/request.h"

namespace state {

struct KioskDeviceState {
  std::string token;     // the stored token ("" : none yet)
  bool checked = false;  // GET /api/v1/kiosk/device answered for `token`
  bool valid = false;    // ... and said it belongs to a device in service
  Pending pending;       // GET /kiosk/device in flight
  std::string typed;     // the setup screen's field
  std::string error;     // its message (current language)
};

struct KioskSetupIntent {
  bool edited = false, save = false;
};

// Each frame at the kiosk: a token not checked yet is checked (GET /kiosk/device, sent with the
// token's header).
Requests check_kiosk_device(AppState& s);
// The setup screen's intent: "save" takes a well-formed token (it leaves the field's memory) and
// checks it; the controller stores it on the device and sends it with every request.
Requests apply(AppState& s, const KioskSetupIntent& in);

// Whether the kiosk shows its setup screen instead of the public screens.
bool needs_setup(const KioskDeviceState& s);
// A token as typed (spaces removed, lower-cased); "" and sets s.error when it is not 64 hex digits.
std::string typed_token(KioskDeviceState& s);
// The server's answer for the current token.
void apply_device_check(KioskDeviceState& s, bool ok, bool kiosk);

}  // namespace state
