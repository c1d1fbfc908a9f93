#include "http/json_body.h"

#include <algorithm>
#include <cctype>
#include <optional>
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

// A refusal of the SAX handler below: parsing stops at once (the handler returns false).
struct Refusal {
  const char* code;
  std::string zh, en, field;
};

// Builds the value as nlohmann's own DOM parser does, refusing as it goes: nesting deeper than
// kMaxJsonDepth, more than kMaxJsonValues values, a key repeated in its object. Each event costs
// O(log n) at most, so a body costs linear time (issue 15, hole 3: the former parse callback
// made nlohmann rescan the parent object after every nested one — 600 KB of `{` took 17 s).
class Builder {
 public:
  using string_t = json::string_t;
  json root;
  std::optional<Refusal> refusal;
  std::optional<std::size_t> syntax_at;  // nlohmann's 1-based byte position of a syntax error
  bool out_of_range = false;             // a number beyond a double ("1e400")

  bool null() { return add(nullptr); }
  bool boolean(bool v) { return add(v); }
  bool number_integer(json::number_integer_t v) { return add(v); }
  bool number_unsigned(json::number_unsigned_t v) { return add(v); }
  bool number_float(json::number_float_t v, const string_t&) { return add(v); }
  bool string(string_t& v) { return add(std::move(v)); }
  bool binary(json::binary_t& v) { return add(json::binary(std::move(v))); }

  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(string_t& k) {
    json& object = *stack_.back();
    // Duplicate keys are ambiguous (RFC 8259 §4 leaves their meaning open): refused, not
    // silently resolved.
    if (object.find(k) != object.end()) return refuse({"duplicate_key", "重复的字段：" + k, "duplicate key: " + k, k});
    member_ = &object[k];
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    if (ex.id == 406) out_of_range = true;  // out_of_range, not a syntax error as such
    else syntax_at = position;
    return false;
  }

 private:
  template <typename V>
  bool add(V&& v) {
    if (++values_ > kMaxJsonValues) return too_many();
    if (stack_.empty()) {
      root = json(std::forward<V>(v));
      return true;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) parent.emplace_back(std::forward<V>(v));
    else *member_ = json(std::forward<V>(v));
    return true;
  }

  bool open(json::value_t type) {
    if (static_cast<int>(stack_.size()) >= kMaxJsonDepth)
      return refuse({"too_deep", "嵌套层数超过 " + std::to_string(kMaxJsonDepth),
                     "nesting deeper than " + std::to_string(kMaxJsonDepth), ""});
    if (++values_ > kMaxJsonValues) return too_many();
    json* slot;
    if (stack_.empty()) {
      root = json(type);
      slot = &root;
    } else if (stack_.back()->is_array()) {
      stack_.back()->emplace_back(type);
      slot = &stack_.back()->back();
    } else {
      *member_ = json(type);
      slot = member_;
    }
    stack_.push_back(slot);
    return true;
  }

  bool close() {
    stack_.pop_back();
    return true;
  }

  bool too_many() {
    return refuse({"too_many_values", "JSON 中的值超过 " + std::to_string(kMaxJsonValues) + " 个",
                   "more than " + std::to_string(kMaxJsonValues) + " values in the JSON body", ""});
  }

  bool refuse(Refusal r) {
    refusal = std::move(r);
    return false;
  }

  std::vector<json*> stack_;  // the open objects and arrays, innermost last
  json* member_ = nullptr;    // the value slot of the last key read
  std::size_t values_ = 0;
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

  Builder b;
  if (json::sax_parse(body, &b)) return std::move(b.root);
  if (b.refusal) throw ApiError(400, make_error(b.refusal->code, b.refusal->field, b.refusal->zh, b.refusal->en));
  if (b.out_of_range)
    // A number beyond a double's range ("1e400") is reported by nlohmann as out_of_range (406),
    // not as a parse_error; it is the client's bad JSON all the same, not a server fault (500).
    throw ApiError(400, make_error("invalid_json", "", "JSON 格式错误：数值超出范围", "invalid JSON: a number is out of range"));
  // nlohmann counts bytes from 1; the API reports 0-based offsets.
  const std::size_t at = b.syntax_at.value_or(0);
  syntax_error(std::min(at > 0 ? at - 1 : 0, body.size()), "无法解析", "cannot parse");
}

}  // namespace gp::server
