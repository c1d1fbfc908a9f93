// A pad to sign on with a finger or the mouse (rule P1). Presses inside it draw (they neither
// click nor scroll the page: platform/pointer_capture.h); every pointer position is kept.
#pragma once
#include "state/signature.h"

namespace ui {

// Recorded as kind "pad" under `id`, value = the number of points. Returns true when the
// signature changed this frame.
bool signature_pad(const char* id, state::Signature& sig, float height = 180.0f);

}  // namespace ui
