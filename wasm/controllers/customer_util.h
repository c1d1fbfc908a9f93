// Helpers the customer's controllers share: the server's message in the user's language, whether
// a screen was just entered (to load it afresh), picking and uploading documents.
#pragma once
#include <functional>
#include <string>

#include "controllers/ctx.h"
#include "state/upload_state.h"

namespace app {

// The error's message in the current language (the API sends message_zh and message_en), or
// "connection lost", or the status.
std::string reply_message(const net::ApiReply& r);
// The error's field ("" when none).
std::string reply_field(const net::ApiReply& r);

// True on the first frame `key`'s screen is drawn after another screen was (ImGui frame count).
bool entered(const char* key);

// Finds a slot again when a callback runs (the state may have been reset or rebuilt meanwhile).
using SlotFinder = std::function<state::UploadSlot*()>;

// Opens the device's file chooser for a slot (call in the frame of the tap); the file picked is
// checked and kept in the slot (an older file let go); then `picked()` if it was accepted.
// `button`: the id of the slot's pick button (ui/upload_slot.h: "<slot id>.pick").
void pick_for_slot(Ctx& c, const std::string& button, SlotFinder find, std::function<void()> picked = nullptr);
// Without the button's id: the chooser opens from the frame (fine on desktop and Android; iOS
// needs the id, see platform/files.h note_file_button).
inline void pick_for_slot(Ctx& c, SlotFinder find, std::function<void()> picked = nullptr) {
  pick_for_slot(c, std::string(), std::move(find), std::move(picked));
}
// Uploads the slot's file to the application `number`, with progress; `after(ok)` when done.
void upload_slot(Ctx& c, const std::string& number, SlotFinder find, std::function<void(bool)> after);

}  // namespace app
