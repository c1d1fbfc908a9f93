// Rule P3 (公开信息): published documents. The current version of each kind and its attachments
// are public (no login, cacheable, rate-limited for anonymous callers); staff see every version;
// admin and the command center publish a new version (multipart: kind, title, body, file × 0–5).
#include "gp/dto/published.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/cacheable.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_publication_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/publications", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    limit_anonymous(req, res, ctx, "publications");
    write_cacheable_json(req, res, ctx.publications.current());
  });

  r.get("/api/v1/publications/versions", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"kind"});
    Authed a = require_staff(req, ctx);
    const std::string kind = optional_param(req, "kind");
    if (kind.empty()) throw ApiError(400, gp::make_error("required", "kind", "缺少参数 kind", "missing parameter kind"));
    write_json(res, 200, ctx.publications.versions(a.caller, kind.size() <= 64 ? kind : "?"));
  });

  r.post("/api/v1/publications", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    if (!req.is_multipart_form_data())
      throw ApiError(415, gp::make_error("unsupported_media_type", "Content-Type", "请以 multipart/form-data 发布（字段 kind、title、body、file）",
                                         "publish as multipart/form-data with fields kind, title, body and file"));
    std::vector<PublicationUpload> files;
    for (const auto& [name, part] : req.files) {
      if (name == "file") files.push_back({part.filename, part.content});
      else if (name != "kind" && name != "title" && name != "body")
        throw ApiError(400, gp::make_error("unknown_field", name.size() < 64 ? name : "?", "未知字段", "unknown form field"));
      else if (req.files.count(name) > 1)
        throw ApiError(400, gp::make_error("duplicate", name, "字段重复", "the field appears more than once"));
    }
    auto field = [&](const char* name) {
      if (!req.has_file(name)) throw ApiError(400, gp::make_error("required", name, std::string("缺少字段 ") + name, std::string("missing field ") + name));
      return req.get_file_value(name).content;
    };
    const std::string kind = field("kind");
    const std::string title = field("title");
    const std::string body = field("body");
    write_json(res, 201, ctx.publications.publish(a.caller, kind.size() <= 64 ? kind : "?", title, body, files));
  });

  r.get(std::string("/api/v1/publications/files/") + kId, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    auto a = try_authenticate(req, ctx);
    const bool staff = a && gp::is_staff(a->caller.role);
    if (!a) limit_anonymous(req, res, ctx, "publications");
    auto f = ctx.publications.file(std::stoll(req.matches[1]), staff);
    // Images may be shown inline; PDFs download. Never sniffed by the browser (nosniff).
    const bool image = f.mime == "image/png" || f.mime == "image/jpeg";
    std::string ascii;
    for (char ch : f.filename) ascii += (static_cast<unsigned char>(ch) < 0x80 && ch != '"' && ch != '\\') ? ch : '_';
    res.set_header("Content-Disposition", std::string(image ? "inline" : "attachment") + "; filename=\"" + ascii + "\"");
    // The current version's files are public and cacheable; an earlier version's only for staff.
    write_cacheable(req, res, f.bytes, f.mime.c_str(), f.current ? kPublicCacheControl : "private, no-store");
  });
}

}  // namespace gp::server
