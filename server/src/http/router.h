// The API's route table. Routes are registered on httplib::Server as usual, and remembered here
// so a miss can be answered precisely: 405 with `Allow` when the path exists under another
// method, 404 otherwise (httplib itself only knows 404).
#pragma once
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include <httplib.h>

namespace gp::server {

class Router {
 public:
  using Handler = httplib::Server::Handler;

  explicit Router(httplib::Server& svr) : svr_(svr) {}

  // `pattern` is an httplib (ECMAScript regex, whole-path) pattern, e.g. "/api/v1/health" or
  // "/api/v1/applications/(\\d+)". GET routes answer HEAD too (httplib does that).
  void get(const std::string& pattern, Handler h);
  void post(const std::string& pattern, Handler h);
  void put(const std::string& pattern, Handler h);

  // Methods served on `path`, in registration order, HEAD after GET; empty when no route matches.
  std::vector<std::string> allowed_methods(const std::string& path) const;

  // Every registered route as (method, pattern), in registration order (for the OpenAPI check).
  const std::vector<std::pair<std::string, std::string>>& listing() const { return listing_; }

 private:
  void remember(const std::string& method, const std::string& pattern);

  httplib::Server& svr_;
  std::vector<std::pair<std::regex, std::string>> routes_;  // pattern, method
  std::vector<std::pair<std::string, std::string>> listing_;  // method, pattern text
};

}  // namespace gp::server
