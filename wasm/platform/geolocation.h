// The device's position (rule S3: with the intended meter location given online, the site survey
// needs no meeting): navigator.geolocation, asked only when the customer taps "use my location".
#pragma once
#include <functional>

namespace platform {

struct Position {
  bool ok = false;
  double latitude = 0, longitude = 0;  // WGS 84 degrees
  double accuracy_m = 0;
  int error = 0;                       // 1 permission denied, 2 unavailable, 3 timeout, 4 unsupported
};

// `done` runs once with the position (or the reason there is none). It runs from the browser's
// callback, between frames (never while a frame is drawn), and requests a redraw.
void locate(std::function<void(Position)> done);

}  // namespace platform
