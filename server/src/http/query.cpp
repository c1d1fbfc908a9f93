#include "http/query.h"

#include <algorithm>

#include "http/api_error.h"
#include "http/utf8.h"

namespace gp::server {

namespace {

std::string quoted(const char* name) { return std::string("“") + name + "”"; }

}  // namespace

void allow_only_params(const httplib::Request& req, std::initializer_list<const char*> allowed) {
  for (const auto& param : req.params) {
    const std::string& key = param.first;  // not a structured binding: C++17 lambdas cannot capture one (clang)
    if (key == "lang") continue;
    const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
    if (known) continue;
    // The name is echoed only when it is valid UTF-8 (it is JSON-escaped either way).
    const std::string shown = invalid_utf8_offset(key) ? std::string("?") : key;
    throw ApiError(400, make_error("unknown_parameter", shown, "未知参数：" + shown, "unknown parameter: " + shown));
  }
}

std::string required_param(const httplib::Request& req, const char* name) {
  const std::size_t n = req.get_param_value_count(name);
  if (n > 1)
    throw ApiError(400, make_error("duplicate", name, "参数" + quoted(name) + "只能出现一次",
                                   std::string("parameter ") + name + " given more than once"));
  std::string v = n == 1 ? req.get_param_value(name) : std::string();
  if (v.empty())
    throw ApiError(400, make_error("required", name, "缺少必填参数" + quoted(name),
                                   std::string("missing required parameter ") + name));
  return v;
}

gp::Date date_param(const httplib::Request& req, const char* name) {
  const auto d = gp::parse_date(required_param(req, name));
  if (!d)
    throw ApiError(400, make_error("invalid", name, "参数" + quoted(name) + "应为有效日期（YYYY-MM-DD）",
                                   std::string("parameter ") + name + " must be a valid date (YYYY-MM-DD)"));
  return *d;
}

long long int_param(const httplib::Request& req, const char* name, long long min, long long max) {
  const std::string v = required_param(req, name);
  const std::size_t digits_from = v[0] == '-' ? 1 : 0;
  const bool integer = v.size() > digits_from && v.size() - digits_from <= 18 &&
                       std::all_of(v.begin() + static_cast<std::ptrdiff_t>(digits_from), v.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
  if (!integer)
    throw ApiError(400, make_error("invalid", name, "参数" + quoted(name) + "应为整数",
                                   std::string("parameter ") + name + " must be an integer"));
  const long long n = std::stoll(v);
  if (n < min || n > max) {
    const std::string range = std::to_string(min) + ".." + std::to_string(max);
    throw ApiError(400, make_error("out_of_range", name, "参数" + quoted(name) + "应在 " + range + " 之间",
                                   std::string("parameter ") + name + " must be within " + range));
  }
  return n;
}

}  // namespace gp::server
