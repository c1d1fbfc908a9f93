#include "http/route_util.h"

#include "http/api_error.h"
#include "http/query.h"

namespace gp::server {

Paging paging(const httplib::Request& req, int max_page_size) {
  Paging p;
  if (req.has_param("page")) p.page = static_cast<int>(int_param(req, "page", 1, 1000000));
  if (req.has_param("page_size")) p.page_size = static_cast<int>(int_param(req, "page_size", 1, max_page_size));
  return p;
}

std::string optional_param(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return "";
  return required_param(req, name);
}

}  // namespace gp::server
