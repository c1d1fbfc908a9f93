// Where the kiosk keeps its device token (issue 15): the browser's localStorage of this origin.
// Opening the page once with ?device=TOKEN stores it and removes it from the address bar (and so
// from the history); it is never logged.
#pragma once
#include <string>

namespace platform {

// The stored token, after taking a ?device= of the URL if there is one; "" when none.
std::string load_kiosk_device();
void store_kiosk_device(const std::string& token);

}  // namespace platform
