// One document to upload (state::UploadSlot): what it is, the file picked, a progress bar while it
// goes out, the server's verdict beside it. Ids: "<id>.pick", "<id>.retry", "<id>.remove",
// "<id>.progress", "<id>.file", "<id>.error".
#pragma once
#include "state/upload_state.h"

namespace ui {

struct UploadSlotIntent {
  bool pick = false;    // open the device's file chooser for this slot
  bool retry = false;   // send the picked file again
  bool remove = false;  // forget the picked file
};

// `can_pick`: the slot takes a (new) file now; `can_retry`: a failed upload may be sent again.
UploadSlotIntent draw_upload_slot(const char* id, const state::UploadSlot& s, bool can_pick, bool can_retry);

}  // namespace ui
