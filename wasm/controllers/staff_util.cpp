#include "controllers/staff_util.h"

#include "platform/fetch.h"

namespace app {

void post_raw(Ctx& c, const std::string& path, const std::string& body, const std::string& content_type, Done done) {
  platform::HttpRequest req;
  req.method = "POST";
  req.url = "/api/v1" + path;
  req.body = body;
  req.headers = {{"Accept", "application/json"}, {"Content-Type", content_type}};
  Ctx* cp = &c;
  platform::fetch(std::move(req), [cp, done](platform::HttpResponse resp) {
    const net::ApiReply r = net::parse_api_reply(resp.status, resp.body);
    cp->s.conn.lost = r.status == 0;  // as app::post notes the connection
    done(r);
  });
}

}  // namespace app
