// The staff's panels on the detail screen (issue 5): draw, then apply the intent
// (state/staff_detail_state); images of the application's documents are fetched and decoded on
// first sight (platform/media.h, textures are the platform's) and let go when another application
// is shown.
#include "controllers/detail_staff.h"

#include <map>

#include "controllers/runner.h"
#include "platform/media.h"
#include "state/customer_common.h"
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
  state::DetailStaffIntent in = ui::screens::draw_detail_staff(s, application, role, g_pictures, want);
  in.number = number;

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
  if (!in.download_url.empty()) platform::download(in.download_url, in.download_name);
  run(c, state::apply(c.s, in));
  if (state::take_staff_reload(c.s)) reload = true;
}

}  // namespace app
