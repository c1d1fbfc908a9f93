// The staff's screens (issue 5): their states live here, one struct per screen.
// (Filled in by the staff-screens work; each screen's logic in its own state/<screen>.{h,cpp}.)
#pragma once

namespace state {

struct StaffScreens {
  int placeholder = 0;
};

}  // namespace state
