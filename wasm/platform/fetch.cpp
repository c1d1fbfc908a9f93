#include "platform/fetch.h"

#include <emscripten/fetch.h>

#include <cstring>
#include <deque>
#include <memory>

#include "platform/redraw.h"

namespace platform {

namespace {

struct Pending {
  FetchCallback done;
};

struct Completed {
  FetchCallback done;
  HttpResponse response;
};

std::deque<Completed> g_completed;
int g_in_flight = 0;

void finish(emscripten_fetch_t* f) {
  std::unique_ptr<Pending> p(static_cast<Pending*>(f->userData));
  HttpResponse r;
  r.status = f->status;
  if (f->data && f->numBytes > 0) r.body.assign(f->data, static_cast<std::size_t>(f->numBytes));
  emscripten_fetch_close(f);
  --g_in_flight;
  g_completed.push_back({std::move(p->done), std::move(r)});
  request_redraw();
}

}  // namespace

void fetch(HttpRequest req, FetchCallback done) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, req.method.c_str(), sizeof(attr.requestMethod) - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.timeoutMSecs = req.timeout_ms;
  attr.onsuccess = finish;
  attr.onerror = finish;
  // emscripten_fetch reads headers and body synchronously, so locals suffice.
  std::vector<const char*> headers;
  for (const auto& h : req.headers) {
    headers.push_back(h.first.c_str());
    headers.push_back(h.second.c_str());
  }
  headers.push_back(nullptr);
  attr.requestHeaders = headers.data();
  if (!req.body.empty()) {
    attr.requestData = req.body.data();
    attr.requestDataSize = req.body.size();
  }
  attr.userData = new Pending{std::move(done)};
  ++g_in_flight;
  emscripten_fetch(&attr, req.url.c_str());
}

void pump_fetches() {
  // A callback may start a new request; if that one fails synchronously its reply lands in this
  // same loop, which is fine.
  while (!g_completed.empty()) {
    Completed c = std::move(g_completed.front());
    g_completed.pop_front();
    if (c.done) c.done(std::move(c.response));
  }
}

int fetches_in_flight() { return g_in_flight; }

}  // namespace platform
