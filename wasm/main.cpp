// GetPower browser app: initialisation and the frame loop, nothing else.
#include "app.h"
#include "platform/frame_loop.h"

namespace {

App* g_app = nullptr;

void iterate() {
  platform::pump();  // network replies first: their effects show in this frame
  if (!platform::frame_due()) return;  // nothing happened: draw nothing
  do {
    platform::begin_frame();
    g_app->frame();
  } while (!platform::end_frame());  // new glyphs: atlas rebuilt, frame drawn again
}

}  // namespace

int main() {
  if (!platform::init("fonts/")) return 1;
  g_app = new App();
  platform::run_main_loop(iterate);
  return 0;
}
