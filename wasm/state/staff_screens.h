// The staff's screens (issue 5): one state struct per screen, each declared with its logic in
// state/<screen>_state.h (pure C++, tested natively in tests/wasm_state/). Everything in here goes
// when state::forget_user() resets the app (logout).
#pragma once
#include "state/admin_state.h"
#include "state/board_state.h"
#include "state/capacity_state.h"
#include "state/grab_state.h"
#include "state/indicators_state.h"
#include "state/intake_state.h"
#include "state/pool_state.h"
#include "state/queue_state.h"
#include "state/reservations_state.h"
#include "state/staff_common.h"
#include "state/staff_detail_state.h"

namespace state {

struct StaffScreens {
  QueueState queue;
  BoardState board;
  ReservationsState reservations;
  IntakeState intake;
  IndicatorsState indicators;
  PoolState pool;
  CapacityState capacity;
  AdminState admin;
  StaffDetailState detail;  // the staff's panels on the detail screen
  GrabState grab;           // rule M7: the grab pool
};

}  // namespace state
