// Files from the device (issue 4: documents picked on the phone or computer and uploaded with
// progress). The browser keeps each picked File object; the app holds a handle. Picking opens
// the device's chooser (<input type=file>) — call pick_files() in the frame that handled the tap
// or click: browsers open the chooser only within the user's gesture (its transient activation
// lasts seconds, a frame takes milliseconds). Uploads go by XMLHttpRequest (emscripten_fetch
// reports no upload progress and would copy the file through WASM memory). Callbacks run at the
// start of a frame (pump_files, from platform::pump), like fetch replies.
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "platform/fetch.h"
#include "platform/text_input.h"  // Rect

namespace platform {

struct PickedFile {
  int handle = 0;
  std::string name, mime;  // as the browser reports them (mime may be "")
  double size = 0;         // bytes
};

// `accept`: the <input accept> value, e.g. ".pdf,.png,.jpg,.jpeg,application/pdf,image/*".
// `done` gets the files chosen; nothing (or an empty list) when the chooser was cancelled.
// `button`: the id of the button noted with note_file_button() whose tap asked for this (the
// chooser may already be open: see there); "" for none.
void pick_files(const std::string& button, const std::string& accept, bool multiple,
                std::function<void(std::vector<PickedFile>)> done);
// The same for a button not noted with note_file_button() (desktop and Android browsers allow it).
inline void pick_files(const std::string& accept, bool multiple, std::function<void(std::vector<PickedFile>)> done) {
  pick_files(std::string(), accept, multiple, std::move(done));
}

// For the widget kit, each frame a button that picks files is shown. iOS opens a file chooser only
// inside the tap's own event handler (touchend), as it opens the keyboard: so a tap on such a
// button opens the chooser there, in JS, at once; the app's pick_files() for the same button, in
// the frame that handles the tap, then receives what is picked. Elsewhere pick_files() opens it.
void note_file_button(const Rect& r, const std::string& button, const std::string& accept, bool multiple);

// POSTs the picked file as multipart/form-data: `fields` as text parts, the file as `file_field`.
// Same-origin, with the session cookie. `progress(sent, total)` as bytes go out.
void upload_file(int handle, const std::string& url, const std::vector<std::pair<std::string, std::string>>& fields,
                 const std::string& file_field, std::function<void(double, double)> progress, FetchCallback done);

// The browser may let go of the file.
void release_file(int handle);

// Runs queued pick/progress/done callbacks (platform::pump calls it once per frame).
void pump_files();

}  // namespace platform
