// One frame function per screen (controllers/<screen>.cpp). App::frame() calls the shell, then the
// current screen's.
#pragma once
#include "controllers/ctx.h"

namespace app {

// The top bar, session check, notification polling, connection banner, kiosk idle reset.
void shell_frame(Ctx& c);

// Public (issue 2 and the public parts of issue 4)
void home_frame(Ctx& c);
void login_frame(Ctx& c);
void register_frame(Ctx& c);
void track_frame(Ctx& c);
void reserve_frame(Ctx& c);
void managers_frame(Ctx& c);
void security_frame(Ctx& c);
// Customers (issue 4)
void my_apps_frame(Ctx& c);
void apply_frame(Ctx& c);
void detail_frame(Ctx& c);  // staff see it too, with their panels
void contract_frame(Ctx& c);
void inbox_frame(Ctx& c);
// Staff (issue 5)
void queue_frame(Ctx& c);
void intake_frame(Ctx& c);
void reservations_frame(Ctx& c);
void board_frame(Ctx& c);
void indicators_frame(Ctx& c);
void reserve_pool_frame(Ctx& c);
void capacity_frame(Ctx& c);
void admin_frame(Ctx& c);
void grab_frame(Ctx& c);  // rule M7

// The kiosk's device token (issue 15): loaded once at start-up; each frame, true when the terminal
// holds a registered device's token, else the setup screen was drawn instead.
void kiosk_device_start(Ctx& c);
bool kiosk_device_ready(Ctx& c);

}  // namespace app
