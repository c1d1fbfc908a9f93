#include "platform/media.h"

#include <GLES3/gl3.h>
#include <imgui.h>
#include <emscripten/emscripten.h>

#include <map>

#include "platform/redraw.h"

extern "C" void gp_js_load_image(int request, const char* url, int max_px);
extern "C" void gp_js_download(const char* url, const char* filename);
extern "C" void gp_js_read_file_text(int request, int handle);
extern "C" void gp_js_multiline_paste(int active);

namespace platform {
namespace {
int g_next = 0;
std::map<int, std::function<void(Image)>> g_images;
std::map<int, std::function<void(bool, std::string)>> g_texts;
}  // namespace

void load_image(const std::string& url, int max_px, std::function<void(Image)> done) {
  const int id = ++g_next;
  g_images[id] = std::move(done);
  gp_js_load_image(id, url.c_str(), max_px);
}

void free_image(unsigned texture) {
  if (texture == 0) return;
  GLuint t = texture;
  glDeleteTextures(1, &t);
}

void download(const std::string& url, const std::string& filename) { gp_js_download(url.c_str(), filename.c_str()); }

void read_file_text(int handle, std::function<void(bool, std::string)> done) {
  const int id = ++g_next;
  g_texts[id] = std::move(done);
  gp_js_read_file_text(id, handle);
}

namespace {
int g_multiline_frame = -10;  // ImGui frame in which a multi-line field was last active
bool g_multiline_told = false;
}  // namespace

void note_multiline_active() {
  g_multiline_frame = ImGui::GetFrameCount();
  if (!g_multiline_told) {  // the paste listener is installed once, on first use
    g_multiline_told = true;
    gp_js_multiline_paste(1);
  }
}

}  // namespace platform

// Asked by the paste listener: was a multi-line field active in the last frame drawn? (The app
// draws only after events: when it sits idle with the field active, that frame is the last one.)
extern "C" EMSCRIPTEN_KEEPALIVE int gp_multiline_active() {
  return platform::g_multiline_frame >= ImGui::GetFrameCount() - 1 ? 1 : 0;
}

// The decoded pixels (RGBA, width x height), or rgba null when the image could not be read.
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_image(int request, const unsigned char* rgba, int width, int height) {
  auto it = platform::g_images.find(request);
  if (it == platform::g_images.end()) return;
  auto done = std::move(it->second);
  platform::g_images.erase(it);
  platform::Image img;
  if (rgba && width > 0 && height > 0) {
    GLuint tex = 0;
    GLint last = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last);
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last));
    img = {tex, width, height};
  }
  if (done) done(img);
  platform::request_redraw();
}

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_file_text(int request, int ok, const char* text) {
  auto it = platform::g_texts.find(request);
  if (it == platform::g_texts.end()) return;
  auto done = std::move(it->second);
  platform::g_texts.erase(it);
  if (done) done(ok != 0, text ? text : "");
  platform::request_redraw();
}
