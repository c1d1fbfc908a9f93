#include "controllers/runner.h"

#include <memory>
#include <utility>

#include "controllers/staff_util.h"

namespace app {

void run(Ctx& c, state::Requests requests) {
  for (auto& r : requests) {
    auto on_reply = std::make_shared<state::OnReply>(std::move(r.on_reply));
    Done done = [&c, on_reply](const net::ApiReply& reply) {
      if (*on_reply) run(c, (*on_reply)(c.s, reply));
    };
    if (!r.content_type.empty()) post_raw(c, r.path, r.text, r.content_type, std::move(done));
    else if (r.method == "GET") get(c, r.path, std::move(done));
    else if (r.method == "POST") post(c, r.path, r.body, std::move(done));
    else if (r.method == "PUT") put(c, r.path, r.body, std::move(done));
    else del(c, r.path, std::move(done));
  }
}

}  // namespace app
