// Ending a connection from a handler (issue 6: request smuggling, docs/deploy.md).
//
// cpp-httplib 0.11.4 keeps a connection open after a handler's answer whatever its
// "Connection: close" header says, and reads the next request from whatever bytes follow. When a
// body is refused unread (411 for a chunked body, 413 for a declared length over the limit, 400
// for an ambiguous length), those bytes are the body: parsed as a request they would let a client
// slip a request past a front proxy that frames the stream differently (measured: a request sent
// after a refused chunked body was answered). answer_then_close() sends `res` as it is and then
// closes the connection.
#pragma once
#include <httplib.h>

namespace gp::server {

void answer_then_close(httplib::Response& res);

}  // namespace gp::server
