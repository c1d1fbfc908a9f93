#include "http/json_body.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "gp/error.h"
#include "http/api_error.h"
#include "http/utf8.h"

namespace gp::server {

namespace {

using nlohmann::json;

std::string lower_trimmed(std::string s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t");
  s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

void require_json_media_type(const httplib::Request& req) {
  const std::string ct = req.get_header_value("Content-Type");
  const std::string type = lower_trimmed(ct.substr(0, ct.find(';')));
  bool ok = type == "application/json";
  // Parameters: only charset=utf-8 makes sense for JSON (RFC 8259 §8.1).
  for (std::size_t p = ct.find(';'); ok && p != std::string::npos;) {
    const std::size_t next = ct.find(';', p + 1);
    const std::string param = lower_trimmed(ct.substr(p + 1, next == std::string::npos ? std::string::npos : next - p - 1));
    if (!param.empty() && param != "charset=utf-8" && param != "charset=\"utf-8\"") ok = false;
    p = next;
  }
  if (!ok)
    throw ApiError(415, make_error("unsupported_media_type", "Content-Type",
                                   "请求体须为 JSON（Content-Type: application/json）",
                                   "the body must be JSON (Content-Type: application/json)"));
}

[[noreturn]] void syntax_error(std::size_t offset, const std::string& zh_why, const std::string& en_why,
                               const char* code = "invalid_json") {
  const std::string at = std::to_string(offset);
  throw ApiError(400,
                 make_error(code, "", "JSON 格式错误（第 " + at + " 字节）：" + zh_why,
                            "invalid JSON at byte " + at + ": " + en_why),
                 json{{"offset", offset}});
}

// Thrown from the parser callback to stop parsing at once.
struct Refusal {
  const char* code;
  std::string zh, en, field;
};

}  // namespace

json parse_json_body(const httplib::Request& req) {
  require_json_media_type(req);
  const std::string& body = req.body;
  if (body.empty()) syntax_error(0, "请求体为空", "empty body");
  if (auto bad = invalid_utf8_offset(body)) {
    const std::string at = std::to_string(*bad);
    throw ApiError(400,
                   make_error("invalid_utf8", "", "请求体不是有效的 UTF-8（第 " + at + " 字节）",
                              "the body is not valid UTF-8 (byte " + at + ")"),
                   json{{"offset", *bad}});
  }

  // Key sets of the objects being parsed, innermost last: duplicate keys are ambiguous (RFC 8259
  // §4 leaves their meaning open), so they are refused instead of silently keeping one.
  std::vector<std::set<std::string>> open_objects;
  const json::parser_callback_t check = [&](int depth, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start:
        if (depth >= kMaxJsonDepth)
          throw Refusal{"too_deep", "嵌套层数超过 " + std::to_string(kMaxJsonDepth),
                        "nesting deeper than " + std::to_string(kMaxJsonDepth), ""};
        if (event == json::parse_event_t::object_start) open_objects.emplace_back();
        break;
      case json::parse_event_t::object_end:
        if (!open_objects.empty()) open_objects.pop_back();
        break;
      case json::parse_event_t::key:
        if (!open_objects.empty() && !open_objects.back().insert(parsed.get<std::string>()).second) {
          const std::string k = parsed.get<std::string>();
          throw Refusal{"duplicate_key", "重复的字段：" + k, "duplicate key: " + k, k};
        }
        break;
      default:
        break;
    }
    return true;
  };

  try {
    return json::parse(body, check);
  } catch (const json::parse_error& e) {
    // nlohmann counts bytes from 1; the API reports 0-based offsets.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    syntax_error(std::min(offset, body.size()), "无法解析", "cannot parse");
  } catch (const Refusal& r) {
    throw ApiError(400, make_error(r.code, r.field, r.zh, r.en));
  } catch (const json::exception&) {
    // A number beyond a double's range ("1e400") is reported by nlohmann as out_of_range (406),
    // not as a parse_error; it is the client's bad JSON all the same, not a server fault (500).
    throw ApiError(400, make_error("invalid_json", "", "JSON 格式错误：数值超出范围", "invalid JSON: a number is out of range"));
  }
}

}  // namespace gp::server
