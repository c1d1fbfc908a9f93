#include "http/api_error.h"

#include <cctype>

#include "gp/dto/common.h"

namespace gp::server {

namespace {

bool starts_with_en(const std::string& s) {
  return s.size() >= 2 && std::tolower(static_cast<unsigned char>(s[0])) == 'e' &&
         std::tolower(static_cast<unsigned char>(s[1])) == 'n' && (s.size() == 2 || s[2] == '-' || s[2] == '_');
}

}  // namespace

Lang request_lang(const httplib::Request& req) {
  if (req.has_param("lang")) return req.get_param_value("lang") == "en" ? Lang::en : Lang::zh;
  // Only the first (most preferred) language counts; q-values of later ones cannot outrank it
  // in practice, and a full RFC 4647 negotiation buys nothing for two languages.
  std::string first = req.get_header_value("Accept-Language");
  first = first.substr(0, first.find_first_of(",;"));
  const auto b = first.find_first_not_of(" \t");
  if (b != std::string::npos) first = first.substr(b);
  return starts_with_en(first) ? Lang::en : Lang::zh;
}

ApiError::ApiError(int status, gp::Error error, nlohmann::json extra)
    : std::runtime_error(error.code + (error.field.empty() ? "" : " (" + error.field + ")") + ": " + error.message_en),
      status_(status), error_(std::move(error)), extra_(std::move(extra)) {}

void throw_bad_request(gp::Error error) { throw ApiError(400, std::move(error)); }

nlohmann::json error_json(const gp::Error& e, Lang lang, const nlohmann::json& extra) {
  nlohmann::json body = gp::dto::error_body(e, lang == Lang::en);  // the shared shape (gp/dto/common.h)
  if (extra.is_object())
    for (auto it = extra.begin(); it != extra.end(); ++it) body["error"][it.key()] = it.value();
  return body;
}

gp::Error status_error(int status) {
  switch (status) {
    case 400: return make_error("bad_request", "", "请求格式不正确", "malformed request");
    case 404: return make_error("not_found", "", "请求的资源不存在", "no such resource");
    case 405: return make_error("method_not_allowed", "", "该地址不支持此请求方法", "method not allowed on this path");
    case 408: return make_error("timeout", "", "请求超时", "request timed out");
    case 411: return make_error("length_required", "", "请求需要 Content-Length", "Content-Length required");
    case 413: return make_error("payload_too_large", "", "请求内容过大", "request body too large");
    case 414: return make_error("uri_too_long", "", "请求地址过长", "request URI too long");
    case 415: return make_error("unsupported_media_type", "", "不支持的内容类型", "unsupported media type");
    case 431: return make_error("headers_too_large", "", "请求头过多或过大", "request header fields too large");
    case 416: return make_error("range_not_satisfiable", "", "请求的范围无效", "range not satisfiable");
    case 500: return make_error("internal", "", "服务器内部错误，请稍后再试", "internal server error, please try again later");
    case 503: return make_error("unavailable", "", "服务暂不可用，请稍后再试", "service unavailable, please try again later");
    case 507: return make_error("storage_full", "", "服务器存储空间已满，本次操作未保存，请稍后再试",
                                "the server's storage is full: nothing was saved, please try again later");
    default:
      if (status >= 500) return make_error("internal", "", "服务器错误", "server error");
      return make_error("bad_request", "", "请求无法处理", "the request cannot be processed");
  }
}

}  // namespace gp::server
