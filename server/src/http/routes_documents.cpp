// Documents (rules D1, D3, D5): multipart upload (kind, file), download by owner and staff only.
#include "http/api_error.h"
#include "http/auth.h"
#include "http/byte_range.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_document_routes(Router& r, AppContext& ctx) {
  const std::string docs = std::string("/api/v1/applications/") + kNumber + "/documents";

  r.post(docs, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});  // like every other route: a misspelt parameter is reported
    Authed a = require_auth(req, ctx);
    if (!req.is_multipart_form_data())
      throw ApiError(415, gp::make_error("unsupported_media_type", "Content-Type", "请以 multipart/form-data 上传（字段 kind 和 file）",
                                         "upload as multipart/form-data with fields kind and file"));
    for (const auto& [name, part] : req.files) {
      (void)part;
      if (name != "kind" && name != "file")
        throw ApiError(400, gp::make_error("unknown_field", name.size() < 64 ? name : "?", "未知字段", "unknown form field"));
    }
    if (!req.has_file("kind")) throw ApiError(400, gp::make_error("required", "kind", "缺少资料类型 kind", "missing field kind"));
    if (!req.has_file("file")) throw ApiError(400, gp::make_error("required", "file", "缺少文件 file", "missing field file"));
    const auto kind = req.get_file_value("kind").content;
    const auto file = req.get_file_value("file");
    write_json(res, 201, ctx.documents.upload(a.caller, req.matches[1], kind.size() <= 64 ? kind : "?", file.filename, file.content));
  });

  r.get(docs + "/" + kId, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    auto d = ctx.documents.download(a.caller, req.matches[1], std::stoll(req.matches[2]));
    // Images may be shown inline; everything else downloads. Never sniffed by the browser.
    const bool image = d.mime == "image/png" || d.mime == "image/jpeg";
    std::string ascii;
    for (char ch : d.filename) ascii += (static_cast<unsigned char>(ch) < 0x80 && ch != '"' && ch != '\\') ? ch : '_';
    res.set_header("Content-Disposition", std::string(image ? "inline" : "attachment") + "; filename=\"" + ascii + "\"");
    res.set_header("Cache-Control", "private, no-store");
    res.set_header("Accept-Ranges", "bytes");
    // At most one range, answered here (byte_range.h): never a multi-range copy in memory.
    const std::size_t size = d.bytes.size();
    const ByteRange range = requested_range(req, size);
    if (range.kind == ByteRange::unsatisfiable) {
      res.headers.erase("Content-Disposition");
      return refuse_range(req, res, size);
    }
    if (range.kind == ByteRange::partial) {
      mark_partial(res, range, size);
      d.bytes = d.bytes.substr(range.offset, range.length);
    }
    res.set_content(std::move(d.bytes), d.mime.c_str());
  });
}

}  // namespace gp::server
