#include "ui/upload_slot.h"

#include <imgui.h>

#include <string>

#include "platform/files.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/progress.h"
#include "ui/widgets.h"

namespace ui {

using state::tr;
using state::trf;
using Stage = state::UploadSlot::Stage;

UploadSlotIntent draw_upload_slot(const char* id, const state::UploadSlot& s, bool can_pick, bool can_retry) {
  UploadSlotIntent in;
  const std::string base = id;
  card_begin(id);
  const std::string note = state::en() ? s.note_en : s.note_zh;
  text((base + ".name").c_str(), state::slot_name(s) + (note.empty() ? "" : "（" + note + "）"));
  if (!s.filename.empty() && s.stage != Stage::Empty)
    text((base + ".file").c_str(), s.filename + " · " + state::size_text(s.size), Tone::Muted);
  switch (s.stage) {
    case Stage::Empty: text((base + ".state").c_str(), tr("upload.none"), Tone::Muted); break;
    case Stage::Picked: text((base + ".state").c_str(), can_pick ? tr("upload.picked") : tr("upload.queued"), Tone::Accent); break;
    case Stage::Uploading:
      progress_bar((base + ".progress").c_str(), static_cast<float>(state::progress(s)),
                   trf("upload.sending", {state::size_text(s.sent), state::size_text(s.total)}));
      break;
    case Stage::Done:
      if (s.total > 0) progress_bar((base + ".progress").c_str(), 1.0f, "");  // just sent from here
      text((base + ".state").c_str(), tr("upload.done"), Tone::Success);
      break;
    case Stage::Failed: text((base + ".state").c_str(), tr("upload.failed"), Tone::Error); break;
  }
  if (!s.error.empty()) text((base + ".error").c_str(), s.error, Tone::Error);
  if (s.stage == Stage::Uploading) {
    card_end();
    return in;
  }
  bool first = true;
  if (can_pick) {
    const char* label = s.stage == Stage::Empty ? tr("upload.pick") : s.stage == Stage::Done ? tr("upload.pick_more") : tr("upload.pick_other");
    if (button((base + ".pick").c_str(), label)) in.pick = true;
    if (ImGui::IsItemVisible()) {  // a tap here opens the chooser inside the gesture (iOS)
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      platform::note_file_button({a.x, a.y, b.x - a.x, b.y - a.y}, base + ".pick", state::kUploadAccept, false);
    }
    first = false;
  }
  if (can_retry && s.stage == Stage::Failed && s.file > 0) {
    if (!first) same_line();
    if (button((base + ".retry").c_str(), tr("common.retry"))) in.retry = true;
    first = false;
  }
  if (can_pick && s.stage == Stage::Picked) {
    same_line();
    if (link((base + ".remove").c_str(), tr("upload.remove"))) in.remove = true;
  }
  card_end();
  return in;
}

}  // namespace ui
