#include "http/import_body.h"

#include <algorithm>
#include <cctype>

#include "http/api_error.h"
#include "http/json_body.h"
#include "http/response.h"

namespace gp::server {
namespace {

std::string lower_trimmed(std::string s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t");
  s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

std::string import_format(const httplib::Request& req, bool json_allowed) {
  const std::string ct = req.get_header_value("Content-Type");
  const std::string type = lower_trimmed(ct.substr(0, ct.find(';')));
  if (type == "application/json" && json_allowed) {
    parse_json_body(req);  // strict: UTF-8, syntax, duplicate keys, depth
    return "json";
  }
  bool ok = type == "text/csv";
  for (std::size_t p = ct.find(';'); ok && p != std::string::npos;) {
    const std::size_t next = ct.find(';', p + 1);
    const std::string param = lower_trimmed(ct.substr(p + 1, next == std::string::npos ? std::string::npos : next - p - 1));
    if (!param.empty() && param != "charset=utf-8" && param != "charset=\"utf-8\"" && param.rfind("header=", 0) != 0) ok = false;
    p = next;
  }
  if (!ok)
    throw ApiError(415, make_error("unsupported_media_type", "Content-Type",
                                   json_allowed ? "导入文件须为 CSV（text/csv）或 JSON（application/json）"
                                                : "导入文件须为 CSV（text/csv）",
                                   json_allowed ? "the import must be CSV (text/csv) or JSON (application/json)"
                                                : "the import must be CSV (text/csv)"));
  if (req.body.empty()) throw ApiError(400, make_error("required", "file", "文件为空", "the file is empty"));
  return "csv";
}

void write_import_errors(const httplib::Request& req, httplib::Response& res, const std::vector<gp::Error>& errors) {
  const std::string n = std::to_string(errors.size());
  nlohmann::json body = error_json(make_error("invalid_rows", errors.size() == 1 ? errors[0].field : "file",
                                              "发现 " + n + " 处错误，未导入任何记录", n + " problem(s) found; nothing was imported"),
                                   request_lang(req));
  nlohmann::json list = nlohmann::json::array();
  for (const auto& e : errors)
    list.push_back({{"code", e.code}, {"field", e.field}, {"message_zh", e.message_zh}, {"message_en", e.message_en}});
  body["errors"] = list;
  write_json(res, 400, body);
}

}  // namespace gp::server
