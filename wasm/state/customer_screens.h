// The customer's screens (issue 4): one state struct per screen, each declared with its logic in
// state/<screen>_state.h (pure C++, tested natively in tests/wasm_state/). Everything personal in
// here goes when state::forget_user() resets the app (logout, the kiosk's idle reset).
#pragma once
#include "state/apply_state.h"
#include "state/contract_state.h"
#include "state/detail_state.h"
#include "state/inbox_view.h"
#include "state/managers_state.h"
#include "state/my_apps_state.h"
#include "state/reserve_state.h"
#include "state/track_state.h"

namespace state {

struct CustomerScreens {
  TrackState track;
  ReserveState reserve;
  ManagersState managers;
  MyAppsState my;
  ApplyState apply;
  DetailState detail;
  ContractState contract;
  InboxScreen inbox;
};

}  // namespace state
