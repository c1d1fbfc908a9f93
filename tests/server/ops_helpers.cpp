#include "ops_helpers.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace gp::ops {

std::string Reply::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

std::string Reply::code() const {
  return body.is_object() && body.contains("error") ? body.at("error").value("code", "") : "";
}

std::string Reply::field() const {
  return body.is_object() && body.contains("error") ? body.at("error").value("field", "") : "";
}

Reply send(Lab& lab, Party* p, const std::string& method, const std::string& path, const std::string& body,
           const std::string& content_type) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto cli = lab.client();
    httplib::Headers h;
    if (p) h.emplace("Authorization", "Bearer " + p->token);
    if (method != "GET" && method != "PUT" && method != "POST") throw std::runtime_error("method " + method);
    httplib::Result res = method == "GET"   ? cli->Get(path, h)
                          : method == "PUT" ? cli->Put(path, h, body, content_type)
                                            : cli->Post(path, h, body, content_type);
    if (!res) {
      ADD_FAILURE() << method << " " << path << ": no response";
      return {};
    }
    if (res->status == 401 && p && attempt == 0) {  // the session ended with a clock jump or a restart
      lab.login(*p);
      continue;
    }
    Reply r;
    r.status = res->status;
    r.raw = res->body;
    r.headers = res->headers;
    r.body = json::parse(res->body, nullptr, false);
    if (r.body.is_discarded()) r.body = nullptr;
    return r;
  }
  return {};
}

std::string show(const Reply& r) { return std::to_string(r.status) + " " + r.raw.substr(0, 600); }

std::vector<std::string> error_fields(const Reply& r) {
  std::vector<std::string> out;
  if (r.body.is_object() && r.body.contains("errors"))
    for (const auto& e : r.body.at("errors")) out.push_back(e.value("field", ""));
  return out;
}

}  // namespace gp::ops
