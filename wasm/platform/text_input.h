// Text entry through a hidden HTML <input> (index.html's #gp-text-input), so phones open their
// on-screen keyboard and Chinese IMEs work: while an ImGui text field is active the hidden input
// has focus and sits at the field's caret (IME candidate windows open there); committed text,
// paste and Android's delete edits become ImGui characters and keys (library_getpower.js);
// the composition string being typed is previewed at the caret; copy/cut take ImGui's selection.
#pragma once

namespace platform {

enum class TextKind { Text = 0, Number = 1, Phone = 2, Email = 3, Password = 4 };

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;  // CSS pixels, ImGui coordinates
  bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
};

// For the widget kit: every visible text field, each frame; `active` for the one being edited.
void note_text_field(const Rect& r, TextKind kind, bool active);

// True while an IME composition is in progress in the active field (the kit hides the field's
// placeholder so the composition preview stands alone).
bool text_composing();

// For the frame loop.
void text_input_begin_frame();
void text_input_draw_overlay();  // before ImGui::Render: the IME composition preview
void text_input_sync();          // after presenting: focus, place or blur the hidden input

}  // namespace platform
