#include "services/document_service.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#include "gp/dto/application.h"
#include "gp/validate.h"
#include "services/service_error.h"
#include "store/conn.h"
#include "store/documents.h"
#include "store/hash.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// The kinds a customer may upload: the plan's documents (rule D5) and the later-stage papers.
const std::vector<std::string> kExtraKinds = {"design_document", "supply_plan_reply", "completion_documents", "other"};

// Failures carry errno (std::system_error): the HTTP edge answers a full disk with 507.
[[noreturn]] void io_failure(int err, const std::string& what) { throw std::system_error(err, std::generic_category(), what); }

// Written under a unique temporary name (mkstemp), then renamed: two uploads of the same bytes at
// the same moment each write their own temporary file and the second rename replaces the first
// with identical content (a name derived from the hash or the pid made them collide, issue 15).
void write_file_atomically(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp.XXXXXX";
  int fd = ::mkstemp(tmp.data());  // mode 0600
  if (fd < 0) io_failure(errno, "cannot create " + tmp);
  std::size_t off = 0;
  while (off < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
    if (n <= 0) {
      const int err = n < 0 ? errno : ENOSPC;
      ::close(fd);
      ::unlink(tmp.c_str());
      io_failure(err, "cannot write " + tmp);
    }
    off += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    io_failure(err, "cannot flush " + tmp);
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    io_failure(err, "cannot close " + tmp);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    io_failure(err, "cannot rename " + tmp);
  }
}

}  // namespace

void DocumentService::store_blob(const std::string& sha, const std::string& bytes) const {
  const std::string path = blob_path(sha);
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) return;  // stored once: the same content is never written twice
  ::mkdir((env_.db.data_dir() + "/blobs").c_str(), 0700);
  ::mkdir((env_.db.data_dir() + "/blobs/" + sha.substr(0, 2)).c_str(), 0700);
  write_file_atomically(path, bytes);
}

std::string DocumentService::blob_path(const std::string& sha) const {
  return env_.db.data_dir() + "/blobs/" + sha.substr(0, 2) + "/" + sha;
}

json DocumentService::upload(const Caller& c, const std::string& number, const std::string& kind,
                             const std::string& filename, const std::string& bytes) {
  {  // visibility first: a stranger learns nothing, not even whether the kind was valid
    auto& rdb = env_.db.reader();
    apps_.load_visible(rdb, c, number);
  }
  bool kind_ok = gp::parse_document(kind).has_value();
  for (const auto& k : kExtraKinds) kind_ok = kind_ok || k == kind;
  if (!kind_ok) {
    std::string all;
    for (int i = 0; i <= static_cast<int>(gp::DocumentCode::agent_identity); ++i) all += std::string(all.empty() ? "" : ", ") + gp::to_string(static_cast<gp::DocumentCode>(i));
    for (const auto& k : kExtraKinds) all += ", " + k;
    fail(K::invalid, "invalid", "kind", "不支持的资料类型，可选：" + all, "unknown document kind; one of: " + all);
  }
  if (bytes.empty()) fail(K::invalid, "required", "file", "文件为空", "the file is empty");
  if (bytes.size() > max_bytes_)
    fail(K::too_large, "too_large", "file", "文件超过 " + std::to_string(max_bytes_ / (1024 * 1024)) + " MB",
         "the file is larger than " + std::to_string(max_bytes_ / (1024 * 1024)) + " MB");
  const std::string mime = sniff_media_type(bytes);
  if (mime.empty())
    fail(K::unsupported, "unsupported_media_type", "file", "仅支持 PDF、JPEG、PNG 文件（按文件内容识别）",
         "only PDF, JPEG and PNG files are accepted (recognised by content)");
  const std::string sha = store::sha256_hex(bytes);
  const std::string name = clean_filename(filename, mime);
  const bool one_of_a_kind = gp::parse_document(kind).has_value();  // rule D5: the plan's documents, one each
  auto check_quota = [&](store::Conn& db, const store::ApplicationRow& row) {
    const std::string replaced_kind = one_of_a_kind ? kind : "";
    if (store::documents_kept(db, row.id, replaced_kind) >= quota_.files_per_application)
      fail(K::conflict, "too_many_files", "file", "每个申请最多保存 " + std::to_string(quota_.files_per_application) + " 个文件，请联系客户经理",
           "an application keeps at most " + std::to_string(quota_.files_per_application) + " files; please contact your customer manager");
    // Every document of every application of the same customer, less the one this upload replaces.
    const auto used = static_cast<std::size_t>(store::bytes_kept_by_customer(db, row.customer_id, row.id, replaced_kind));
    if (used + bytes.size() > quota_.bytes_per_customer) {
      const std::string mb = std::to_string(quota_.bytes_per_customer / (1024 * 1024));
      fail(K::too_large, "quota_exceeded", "file",
           "该客户已保存的资料共 " + std::to_string((used + 1024 * 1024 - 1) / (1024 * 1024)) + " MB，本文件将超出 " + mb + " MB 的存储上限",
           "the customer's stored documents take " + std::to_string((used + 1024 * 1024 - 1) / (1024 * 1024)) + " MB; this file would exceed the " + mb +
               " MB storage quota");
    }
  };
  {  // before any byte is written: a refused upload stores nothing
    auto& rdb = env_.db.reader();
    check_quota(rdb, apps_.load_visible(rdb, c, number).row);
  }
  store_blob(sha, bytes);
  std::vector<std::string> unreferenced;
  json out;
  try {
    out = env_.db.write([&](store::Conn& db) {
    auto app = apps_.load_visible(db, c, number);
    if (app.state.status == gp::AppStatus::withdrawn)
      fail(K::conflict, "not_allowed_now", "", "申请已撤回，不能再上传资料", "the application was withdrawn");
    check_quota(db, app.row);  // again, atomically with the insert
    // A replacement of the same file, deleted between our write and this transaction: write it again.
    store_blob(sha, bytes);
    const gp::Instant now = env_.clock.now();
    store::DocumentRow row{app.row.id, kind, name, mime, sha, static_cast<std::int64_t>(bytes.size()), c.user_id, now};
    const std::int64_t id = store::insert_document(db, row);
    // The earlier upload of a plan document is replaced; deleted after the insert, so that the
    // newest row keeps the highest id and a deleted id is never given out again (a saved link to
    // the old document answers 404, never the new one).
    std::vector<std::pair<std::int64_t, std::string>> replaced;
    if (one_of_a_kind) replaced = store::delete_other_documents(db, app.row.id, kind, id);
    gp::Event e;
    e.at = now;
    e.type = "document_added";
    e.role = c.role;
    e.channel = c.channel;
    e.data = {{"id", id}, {"kind", kind}, {"filename", name}, {"mime", mime}, {"size", bytes.size()}, {"sha256", sha}};
    if (!replaced.empty()) {
      json ids = json::array();
      for (const auto& [old_id, old_sha] : replaced) ids.push_back(old_id);
      e.data["replaces"] = ids;
    }
    apps_.append(db, app, e, c.user_id);
    // Stored by content: one file may serve several rows (the same bytes uploaded twice). A file
    // goes when the last row referencing it does; decided under the write lock, so an upload of
    // the same bytes either sees the row or writes the file again (store_blob above).
    for (const auto& [old_id, old_sha] : replaced)
      if (old_sha != sha && store::document_references(db, old_sha) == 0) unreferenced.push_back(old_sha);
    for (const auto& old_sha : unreferenced) ::unlink(blob_path(old_sha).c_str());
    return json(gp::dto::DocumentDto{id, kind, name, mime, static_cast<std::int64_t>(bytes.size()), sha, gp::format_datetime_cst(now),
                                     "/api/v1/applications/" + number + "/documents/" + std::to_string(id)});  // gp/dto/application.h
    });
  } catch (...) {
    // Refused after the file was written (e.g. withdrawn meanwhile, quota raced): nothing stays
    // stored unless another row uses the same bytes.
    try {
      env_.db.write([&](store::Conn& db) {
        if (store::document_references(db, sha) == 0) ::unlink(blob_path(sha).c_str());
      });
    } catch (...) {
    }
    throw;
  }
  env_.notifier.announce();
  return out;
}

Download DocumentService::download(const Caller& c, const std::string& number, std::int64_t id) {
  auto& db = env_.db.reader();
  auto app = apps_.load_visible(db, c, number);
  auto row = store::find_document(db, id, app.row.id);
  if (!row) not_found("资料", "document");
  Download d;
  d.filename = row->filename;
  d.mime = row->mime;
  std::ifstream in(blob_path(row->sha256), std::ios::binary);
  if (!in) throw std::runtime_error("blob missing for document " + std::to_string(id));
  std::ostringstream ss;
  ss << in.rdbuf();
  d.bytes = ss.str();
  return d;
}

}  // namespace gp::server
