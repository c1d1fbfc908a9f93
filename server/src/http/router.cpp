#include "http/router.h"

#include <algorithm>

namespace gp::server {

void Router::get(const std::string& pattern, Handler h) {
  remember("GET", pattern);
  svr_.Get(pattern, std::move(h));
}

void Router::post(const std::string& pattern, Handler h) {
  remember("POST", pattern);
  svr_.Post(pattern, std::move(h));
}

void Router::put(const std::string& pattern, Handler h) {
  remember("PUT", pattern);
  svr_.Put(pattern, std::move(h));
}

void Router::remember(const std::string& method, const std::string& pattern) {
  routes_.emplace_back(std::regex(pattern), method);
  listing_.emplace_back(method, pattern);
}

std::vector<std::string> Router::allowed_methods(const std::string& path) const {
  std::vector<std::string> out;
  auto add = [&](const std::string& m) {
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  };
  for (const auto& [re, method] : routes_) {
    if (!std::regex_match(path, re)) continue;
    add(method);
    if (method == "GET") add("HEAD");
  }
  return out;
}

}  // namespace gp::server
