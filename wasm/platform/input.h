// Pointer, wheel and key input from the browser (library_getpower.js) into ImGui, through the
// trickling InputQueue. Coordinates arrive in CSS pixels, ImGui's coordinate space.
// Touch: a tap becomes a click at the tap point; a drag scrolls the ImGui window under the
// finger (with a short fling after release), as phones scroll long pages.
#pragma once
#include "platform/input_queue.h"

struct ImGuiIO;

namespace platform {

InputQueue& input_queue();

// Called between the backends' NewFrame and ImGui::NewFrame (they overwrite mouse state from
// Emscripten's GLFW, whose listeners we detached). `take_new` is false when a frame is drawn again
// after an atlas rebuild: the same input state, no new events.
void input_apply(ImGuiIO& io, bool take_new);
// Called right after ImGui::NewFrame: touch scrolling needs the hovered window.
void input_after_new_frame();
// After presenting: the CSS cursor for ImGui's mouse cursor.
void input_update_cursor();
// More queued events or a fling in progress: keep drawing.
bool input_busy();

}  // namespace platform
