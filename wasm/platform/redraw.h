// Redraw requests from app code. The loop renders only when something happened (see
// redraw_scheduler.h); app code that changes what is shown without user input (a timer, a
// countdown, a reply handled outside the network queue) asks for a frame here.
#pragma once

namespace platform {

// Render soon (this or the next animation frame) and let ImGui settle.
void request_redraw();
// Render once `seconds` from now, e.g. a countdown's next tick.
void request_redraw_in(double seconds);
// Monotonic clock in seconds (performance.now() in the browser).
double now_seconds();

}  // namespace platform
