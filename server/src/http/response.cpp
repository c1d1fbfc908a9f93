#include "http/response.h"

namespace gp::server {

void write_json(httplib::Response& res, int status, const nlohmann::json& j) {
  res.status = status;
  res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJsonType);
}

}  // namespace gp::server
