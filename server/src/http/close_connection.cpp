#include "http/close_connection.h"

#include "http/edge_server.h"

#include <memory>
#include <string>

namespace gp::server {

void answer_then_close(httplib::Response& res) {
  // A content provider that reports failure once it has written the whole body is the one way a
  // handler has to make httplib 0.11.4 stop serving the connection: the client gets the complete
  // answer (with its Content-Length), then the connection ends.
  EdgeServer::drain_before_close();  // the unread body: drained briefly so the client reads this answer
  auto body = std::make_shared<std::string>(std::move(res.body));
  res.body.clear();
  std::string type = res.get_header_value("Content-Type");
  if (type.empty()) type = "application/json; charset=utf-8";
  res.headers.erase("Content-Type");
  res.headers.erase("Content-Length");
  res.set_header("Connection", "close");
  res.set_content_provider(body->size(), type.c_str(), [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
    sink.write(body->data() + offset, length);
    return false;  // all written: now close
  });
}

}  // namespace gp::server
