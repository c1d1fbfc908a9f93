// The kiosk's setup screen (issue 15): shown instead of the public screens until the terminal
// holds the token of a registered device; staff type the token shown in Administration → Kiosks.
#pragma once
#include "state/kiosk_device_state.h"

namespace ui::screens {

state::KioskSetupIntent draw_kiosk_setup(state::KioskDeviceState& s);

}  // namespace ui::screens
