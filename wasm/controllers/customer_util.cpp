#include "controllers/customer_util.h"
#include "state/request.h"

#include <imgui.h>

#include <map>

#include "platform/files.h"
#include "platform/redraw.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace app {

std::string reply_message(const net::ApiReply& r) { return state::reply_text(r); }

std::string reply_field(const net::ApiReply& r) { return state::reply_field(r); }

bool entered(const char* key) {
  static std::map<std::string, int> last;
  const int now = ImGui::GetFrameCount();
  int& seen = last[key];
  const bool fresh = seen != now && seen != now - 1;
  seen = now;
  return fresh;
}

void pick_for_slot(Ctx& c, const std::string& button, SlotFinder find, std::function<void()> picked) {
  platform::pick_files(button, state::kUploadAccept, false,
                       [&c, find, picked](std::vector<platform::PickedFile> files) {
                         (void)c;
                         state::UploadSlot* s = find();
                         if (files.empty()) return;
                         const auto& f = files.front();
                         if (!s) {
                           platform::release_file(f.handle);
                           return;
                         }
                         if (s->file > 0 && s->file != f.handle) platform::release_file(s->file);
                         state::take_file(*s, f.handle, f.name, f.mime, f.size);
                         if (s->file == 0) platform::release_file(f.handle);  // refused (type, size)
                         else if (picked) picked();
                         platform::request_redraw();
                       });
}

void upload_slot(Ctx& c, const std::string& number, SlotFinder find, std::function<void(bool)> after) {
  state::UploadSlot* s = find();
  if (!s || s->file <= 0) return;
  const long long id = state::next_request_id();
  s->pending = id;
  s->stage = state::UploadSlot::Stage::Uploading;
  s->sent = 0;
  s->total = s->size;
  s->error.clear();
  const int handle = s->file;
  platform::upload_file(
      handle, "/api/v1/applications/" + state::url_encode(number) + "/documents", {{"kind", s->kind}}, "file",
      [find, id](double sent, double total) {
        state::UploadSlot* x = find();
        if (!x || x->pending != id) return;
        x->sent = sent;
        x->total = total > 0 ? total : x->size;
      },
      [&c, find, id, handle, after](platform::HttpResponse resp) {
        const net::ApiReply r = net::parse_api_reply(resp.status, resp.body);
        if (r.status == 0) {
          c.s.conn.lost = true;
        } else {
          c.s.conn.lost = false;
        }
        state::UploadSlot* x = find();
        if (!x || x->pending != id) {
          if (after) after(r.ok());
          return;
        }
        x->pending = 0;
        if (r.ok()) {
          x->stage = state::UploadSlot::Stage::Done;
          x->sent = x->total;
          x->document_id = r.body.value("id", 0LL);
          x->file = 0;
          platform::release_file(handle);  // stored on the server; the browser may let go
        } else {
          x->stage = state::UploadSlot::Stage::Failed;  // the file is kept: "retry" sends it again
          x->error = reply_message(r);
        }
        if (after) after(r.ok());
      });
}

}  // namespace app
