// Media the staff's screens need from the browser (issue 5): document images decoded by the
// browser (createImageBitmap, any size or format it reads) into RGBA and uploaded as a WebGL
// texture for ImGui::Image; a download of a URL (an <a download> click: the session cookie
// authenticates it, the server's Content-Disposition names the file); the text of a picked file
// (files.h) for imports. Callbacks run from the browser's event loop between frames, never while
// a frame is drawn, and each asks for a redraw.
#pragma once
#include <functional>
#include <string>

namespace platform {

struct Image {
  unsigned texture = 0;  // GL texture name (ImTextureID for the OpenGL3 backend); 0: failed
  int width = 0, height = 0;
};

// Fetches `url` (same origin, with the session cookie), decodes it and keeps at most `max_px`
// pixels on the longer side. `done` gets texture 0 when it could not be read.
void load_image(const std::string& url, int max_px, std::function<void(Image)> done);
void free_image(unsigned texture);

// Downloads `url` as a file (`filename` is a hint; the server's Content-Disposition wins).
void download(const std::string& url, const std::string& filename);

// The UTF-8 text of a picked file (files.h handle); ok=false when it cannot be read.
void read_file_text(int handle, std::function<void(bool ok, std::string text)> done);

// A multi-line text field is being edited (call each frame it is active): a paste then keeps its
// line breaks (the hidden single-line <input> would turn them into spaces).
void note_multiline_active();

}  // namespace platform
