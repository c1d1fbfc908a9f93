// The staff's panels on the detail screen (issue 5): drawn after the parts customers see; images
// of the application's documents are fetched and decoded on first sight (platform/media.h) and
// let go when another application is shown; handling a warning posts and reloads.
#include "controllers/detail_staff.h"

#include <map>

#include "controllers/customer_util.h"
#include "platform/media.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/screens/detail_staff_screen.h"

namespace app {
namespace {

constexpr int kImageMaxPx = 1600;  // decoded size kept: sharp on a desktop, bounded in memory

std::map<long long, ui::Picture> g_pictures;  // document id -> texture (of the application shown)
std::string g_pictures_for;

void forget_pictures() {
  for (auto& [id, p] : g_pictures) platform::free_image(p.texture);
  g_pictures.clear();
}

}  // namespace

void detail_staff_panels(Ctx& c, const nlohmann::json& application, bool& reload) {
  auto& s = c.s.staff.detail;
  const std::string number = state::jstr(application, "number");
  state::staff_detail_for(s, number);
  if (g_pictures_for != number) {
    forget_pictures();
    g_pictures_for = number;
  }
  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  std::vector<long long> want;
  const auto in = ui::screens::draw_detail_staff(s, application, role, g_pictures, want);

  for (long long id : want) {
    g_pictures[id].requested = true;
    for (const auto& d : state::doc_rows(application))
      if (d.id == id)
        platform::load_image(d.url, kImageMaxPx, [id, number](platform::Image img) {
          if (g_pictures_for != number) {  // another application meanwhile
            platform::free_image(img.texture);
            return;
          }
          auto& p = g_pictures[id];
          p.texture = img.texture;
          p.width = img.width;
          p.height = img.height;
          p.failed = img.texture == 0;
        });
  }
  if (in.view >= 0) s.viewing = in.view;
  if (!in.download_url.empty()) platform::download(in.download_url, in.download_name);
  if (in.toggle_archive) s.show_archive_all = !s.show_archive_all;
  if (in.toggle_trail) s.show_trail = !s.show_trail;
  if (in.note_edited) s.ack_error.clear();
  if (in.acknowledge && s.ack_pending == 0) {
    if (s.ack_note.empty()) {
      s.ack_error = state::tr("board.ack_note_required");
    } else {
      const long long id = state::next_request_id();
      s.ack_pending = id;
      post(c, "/applications/" + state::url_encode(number) + "/acknowledge", {{"note", s.ack_note}}, [&c, id](const net::ApiReply& r) {
        auto& x = c.s.staff.detail;
        if (x.ack_pending != id) return;
        x.ack_pending = 0;
        if (!r.ok()) {
          x.ack_error = reply_message(r);
          return;
        }
        x.ack_note.clear();
        x.ack_notice = state::tr("board.ack_done");
        x.reload = true;  // the detail screen fetches the application again (next frame)
      });
    }
  }
  if (s.reload) {
    s.reload = false;
    reload = true;
  }
}

}  // namespace app
