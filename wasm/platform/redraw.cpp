#include "platform/redraw.h"

#include <emscripten/emscripten.h>

#include "platform/frame_loop.h"

namespace platform {

double now_seconds() { return emscripten_get_now() / 1000.0; }

void request_redraw() { scheduler().request(); }

void request_redraw_in(double seconds) { scheduler().request_at(now_seconds() + seconds); }

}  // namespace platform

// Called from JS for anything that needs a frame without carrying input: resize, visibility,
// the hidden input losing focus.
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_wake() { platform::request_redraw(); }
