#include "platform/files.h"

#include <emscripten/emscripten.h>

#include <deque>
#include <map>

#include <nlohmann/json.hpp>

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
std::map<int, Upload> g_uploads;
std::deque<std::function<void()>> g_queue;  // callbacks for the next frame
int g_next = 0;

}  // namespace

void pick_files(const std::string& accept, bool multiple, std::function<void(std::vector<PickedFile>)> done) {
  const int id = ++g_next;
  g_picks[id] = {std::move(done), {}};
  gp_js_pick_files(id, accept.c_str(), multiple ? 1 : 0);
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

// The chooser closed: with the files picked (count > 0) or cancelled (0).
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_files_done(int request) {
  auto it = g_picks.find(request);
  if (it == g_picks.end()) return;
  auto pick = std::make_shared<platform::Pick>(std::move(it->second));
  g_picks.erase(it);
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
