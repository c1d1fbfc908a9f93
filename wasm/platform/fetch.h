// HTTP from the browser (emscripten_fetch, i.e. XMLHttpRequest). Replies are queued and their
// callbacks run at the start of the next animation frame, on the app's thread of control, never
// in the middle of drawing (style.md #4); each reply requests a redraw.
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace platform {

struct HttpRequest {
  std::string method = "GET";
  std::string url;  // same origin, e.g. "/api/v1/catalog" or "fonts/base.ttf"
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  unsigned timeout_ms = 30000;
};

struct HttpResponse {
  int status = 0;    // 0: no answer (offline, timeout, aborted)
  std::string body;  // also filled for 4xx/5xx answers
};

using FetchCallback = std::function<void(HttpResponse)>;

void fetch(HttpRequest request, FetchCallback done);

// Runs the callbacks of completed requests. Called once per animation frame by the frame loop.
void pump_fetches();

// Requests started but not yet answered (for diagnostics and tests).
int fetches_in_flight();

}  // namespace platform
