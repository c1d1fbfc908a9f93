#include "platform/files.h"

#include <emscripten/emscripten.h>

#include <deque>
#include <map>

#include <nlohmann/json.hpp>

#include "platform/frame_loop.h"
#include "platform/redraw.h"

extern "C" void gp_js_pick_files(int request, const char* accept, int multiple);
extern "C" void gp_js_upload(int upload, int handle, const char* url, const char* fields_json, const char* file_field);
extern "C" void gp_js_release_file(int handle);

namespace platform {
namespace {

struct Pick {
  std::function<void(std::vector<PickedFile>)> done;
  std::vector<PickedFile> files;
};
struct Upload {
  std::function<void(double, double)> progress;
  FetchCallback done;
};
std::map<int, Pick> g_picks;
// Buttons that pick files, as last drawn; choosers opened by a tap on one, by button id.
struct FileButton {
  Rect rect;
  std::string id, accept;
  bool multiple;
  int frame;  // frames_presented() while noted: shown in frame `frame + 1`
};
std::vector<FileButton> g_buttons;
struct Opened {
  int request;
  double at;
};
std::map<std::string, Opened> g_opened;
std::map<int, std::vector<PickedFile>> g_unclaimed;  // chooser closed before the app asked for it
std::map<int, Upload> g_uploads;
std::deque<std::function<void()>> g_queue;  // callbacks for the next frame
int g_next = 0;

}  // namespace

void pick_files(const std::string& button, const std::string& accept, bool multiple,
                std::function<void(std::vector<PickedFile>)> done) {
  auto opened = g_opened.find(button);
  if (button.empty()) {  // a caller that does not name its button: the chooser its tap just opened
    for (auto it = g_opened.begin(); it != g_opened.end(); ++it)
      if (opened == g_opened.end() || it->second.at > opened->second.at) opened = it;
  }
  if (opened != g_opened.end()) {
    const Opened o = opened->second;
    g_opened.erase(opened);
    if (now_seconds() - o.at < 5) {  // this tap's chooser is open already
      auto un = g_unclaimed.find(o.request);
      if (un != g_unclaimed.end()) {  // and even closed again
        auto files = std::make_shared<std::vector<PickedFile>>(std::move(un->second));
        g_unclaimed.erase(un);
        g_queue.push_back([done, files] {
          if (done) done(std::move(*files));
        });
        request_redraw();
        return;
      }
      auto p = g_picks.find(o.request);
      if (p != g_picks.end()) {
        p->second.done = std::move(done);
        return;
      }
    }
  }
  const int id = ++g_next;
  g_picks[id] = {std::move(done), {}};
  gp_js_pick_files(id, accept.c_str(), multiple ? 1 : 0);
}

void note_file_button(const Rect& r, const std::string& button, const std::string& accept, bool multiple) {
  const int f = frames_presented();
  std::vector<FileButton> keep;
  for (auto& b : g_buttons)
    if (b.frame == f && b.id != button) keep.push_back(std::move(b));
  keep.push_back({r, button, accept, multiple, f});
  g_buttons = std::move(keep);
}

void upload_file(int handle, const std::string& url, const std::vector<std::pair<std::string, std::string>>& fields,
                 const std::string& file_field, std::function<void(double, double)> progress, FetchCallback done) {
  const int id = ++g_next;
  g_uploads[id] = {std::move(progress), std::move(done)};
  nlohmann::json f = nlohmann::json::array();
  for (const auto& [k, v] : fields) f.push_back({k, v});
  gp_js_upload(id, handle, url.c_str(), f.dump().c_str(), file_field.c_str());
}

void release_file(int handle) {
  if (handle > 0) gp_js_release_file(handle);
}

void pump_files() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}

}  // namespace platform

using platform::g_picks;
using platform::g_queue;
using platform::g_uploads;

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_file_picked(int request, int handle, const char* name, const char* mime, double size) {
  auto it = g_picks.find(request);
  if (it == g_picks.end()) return;
  it->second.files.push_back({handle, name ? name : "", mime ? mime : "", size});
}

// A tap (touchend) or click (pointerup) inside the user's gesture: on a file button shown in the
// last frame (pressed and released on it), the chooser opens now. Returns the request, or 0.
extern "C" EMSCRIPTEN_KEEPALIVE int gp_file_button_press(float x0, float y0, float x1, float y1) {
  const int shown = platform::frames_presented();
  for (const auto& b : platform::g_buttons) {
    if (b.frame + 1 != shown || !b.rect.contains(x0, y0) || !b.rect.contains(x1, y1)) continue;
    const int id = ++platform::g_next;
    g_picks[id] = {nullptr, {}};
    platform::g_opened[b.id] = {id, platform::now_seconds()};
    gp_js_pick_files(id, b.accept.c_str(), b.multiple ? 1 : 0);
    return id;
  }
  return 0;
}

// The chooser closed: with the files picked (count > 0) or cancelled (0).
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_files_done(int request) {
  auto it = g_picks.find(request);
  if (it == g_picks.end()) return;
  auto pick = std::make_shared<platform::Pick>(std::move(it->second));
  g_picks.erase(it);
  if (!pick->done) {  // opened by a tap; the app has not asked for it yet
    platform::g_unclaimed[request] = std::move(pick->files);
    return;
  }
  g_queue.push_back([pick] {
    if (pick->done) pick->done(std::move(pick->files));
  });
  platform::request_redraw();
}

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_upload_progress(int upload, double sent, double total) {
  auto it = g_uploads.find(upload);
  if (it == g_uploads.end() || !it->second.progress) return;
  auto cb = it->second.progress;
  g_queue.push_back([cb, sent, total] { cb(sent, total); });
  platform::request_redraw();
}

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_upload_done(int upload, int status, const char* body) {
  auto it = g_uploads.find(upload);
  if (it == g_uploads.end()) return;
  auto done = std::move(it->second.done);
  g_uploads.erase(it);
  platform::HttpResponse r;
  r.status = status;
  r.body = body ? body : "";
  g_queue.push_back([done, r] {
    if (done) done(r);
  });
  platform::request_redraw();
}
