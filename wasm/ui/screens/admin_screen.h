// Administration (issue 5): staff accounts and roles, a new year's holiday calendar, the
// configuration (change-of-use limits, supervision phone), the kiosk devices (issue 15).
#pragma once
#include "state/admin_state.h"

namespace ui::screens {

struct AdminIntent {
  int tab = -1;
  bool toggle_form = false, user_edited = false, create_user = false;
  long long toggle_disabled = 0;  // user id
  bool calendar_template = false, publish_calendar = false, calendar_edited = false;
  bool config_edited = false, save_config = false, reload_config = false;
  bool reload_sms = false;
  bool kiosk_edited = false, add_kiosk = false, forget_kiosk_token = false;
  long long revoke_kiosk = 0;  // device id
};

AdminIntent draw_admin(state::AdminState& s, long long my_id);

}  // namespace ui::screens
