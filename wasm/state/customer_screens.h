// The customer's screens (issue 4): their states live here, one struct per screen.
// (Filled in by the customer-screens work; each screen's logic in its own state/<screen>.{h,cpp}.)
#pragma once

namespace state {

struct CustomerScreens {
  int placeholder = 0;
};

}  // namespace state
