#include "services/publication_service.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <system_error>

#include "gp/publications.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "services/upload_checks.h"
#include "store/conn.h"
#include "store/hash.h"
#include "store/publications.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

gp::dto::PublicationDto render(const store::PublicationRow& p, bool current) {
  gp::dto::PublicationDto d;
  d.id = p.id;
  d.kind = p.kind;
  d.version = p.version;
  d.title = p.title;
  d.body = p.body;
  d.published_at = gp::format_datetime_cst(p.published_at);
  d.current = current;
  for (const auto& f : p.files) d.attachments.push_back({f.id, f.filename, f.mime, f.sha256, f.size});
  return d;
}

// Written under a unique temporary name, then renamed: the same bytes published twice at once
// each write their own temporary file (as the customers' uploads do, services/document_service).
void write_atomically(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp.XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) throw std::system_error(errno, std::generic_category(), "cannot create " + tmp);
  std::size_t off = 0;
  while (off < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw std::system_error(err ? err : EIO, std::generic_category(), "cannot write " + tmp);
    }
    off += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    throw std::system_error(err, std::generic_category(), "cannot write " + tmp);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    throw std::system_error(err, std::generic_category(), "cannot rename " + tmp);
  }
}

}  // namespace

std::string PublicationService::blob_path(const std::string& sha) const {
  return env_.db.data_dir() + "/published/" + sha.substr(0, 2) + "/" + sha;
}

gp::dto::PublicationListDto PublicationService::current() {
  gp::dto::PublicationListDto out;
  for (const auto& p : store::current_publications(env_.db.reader())) out.items.push_back(render(p, true));
  return out;
}

gp::dto::PublicationListDto PublicationService::versions(const Caller& c, const std::string& kind) {
  if (!gp::is_staff(c.role)) fail(K::forbidden, "forbidden", "", "仅工作人员可查看历史版本", "only staff see earlier versions");
  auto errors = gp::validate_publication(kind, "ok", "ok");
  if (!errors.empty()) fail(K::invalid, errors.front());
  gp::dto::PublicationListDto out;
  const auto rows = store::publication_versions(env_.db.reader(), kind);
  for (std::size_t i = 0; i < rows.size(); ++i) out.items.push_back(render(rows[i], i == 0));
  return out;
}

gp::dto::PublicationDto PublicationService::publish(const Caller& c, const std::string& kind, const std::string& title,
                                                    const std::string& body, const std::vector<PublicationUpload>& files) {
  if (c.role != gp::Role::admin && c.role != gp::Role::command_center)
    fail(K::forbidden, "forbidden", "", "仅管理员和指挥中心可发布公开信息", "only admin and the command center publish");
  auto errors = gp::validate_publication(kind, title, body);  // rule P3
  if (!errors.empty()) fail(K::invalid, errors.front());
  if (files.size() > static_cast<std::size_t>(gp::kMaxPublicationAttachments))
    fail(K::invalid, "too_many_files", "file", "每个版本最多 " + std::to_string(gp::kMaxPublicationAttachments) + " 个附件",
         "at most " + std::to_string(gp::kMaxPublicationAttachments) + " attachments per version");
  struct Checked {
    std::string name, mime, sha;
    const std::string* bytes;
  };
  std::vector<Checked> checked;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string field = "file[" + std::to_string(i) + "]";
    const auto& f = files[i];
    if (f.bytes.empty()) fail(K::invalid, "required", field, field + "：文件为空", field + ": the file is empty");
    if (f.bytes.size() > max_bytes_)
      fail(K::too_large, "too_large", field, field + "：文件超过 " + std::to_string(max_bytes_ / (1024 * 1024)) + " MB",
           field + ": the file is larger than " + std::to_string(max_bytes_ / (1024 * 1024)) + " MB");
    const std::string mime = sniff_media_type(f.bytes);  // by content, never by name
    if (mime.empty())
      fail(K::unsupported, "unsupported_media_type", field, field + "：仅支持 PDF、JPEG、PNG 文件（按文件内容识别）",
           field + ": only PDF, JPEG and PNG files are accepted (recognised by content)");
    checked.push_back({clean_filename(f.filename, mime), mime, store::sha256_hex(f.bytes), &f.bytes});
  }
  // Stored by content before the rows that name them; a version is never deleted, so neither is a file.
  for (const auto& f : checked) {
    const std::string path = blob_path(f.sha);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) continue;
    ::mkdir((env_.db.data_dir() + "/published").c_str(), 0700);
    ::mkdir((env_.db.data_dir() + "/published/" + f.sha.substr(0, 2)).c_str(), 0700);
    write_atomically(path, *f.bytes);
  }
  const gp::Instant now = env_.clock.now();
  store::PublicationRow row = env_.db.write([&](store::Conn& db) {
    store::PublicationRow p;
    p.kind = kind;
    p.version = store::next_publication_version(db, kind);
    p.title = title;
    p.body = body;
    p.published_at = now;
    p.id = store::insert_publication(db, p, c.user_id);
    json names = json::array();
    for (const auto& f : checked) {
      store::PublicationFileRow fr{0, p.id, f.name, f.mime, f.sha, static_cast<std::int64_t>(f.bytes->size())};
      fr.id = store::insert_publication_file(db, fr);
      p.files.push_back(fr);
      names.push_back({{"filename", f.name}, {"sha256", f.sha}});
    }
    trace(db, c, "publication_published", {{"kind", kind}, {"version", p.version}, {"title", title}, {"attachments", names}, {"rule", "P3"}}, now);
    return p;
  });
  return render(row, true);
}

PublishedFile PublicationService::file(std::int64_t id, bool staff) {
  auto& db = env_.db.reader();
  auto row = store::find_publication_file(db, id);
  const bool current = row && store::publication_file_is_current(db, id);
  if (!row || (!staff && !current)) not_found("附件", "attachment");  // an earlier version's file: staff only
  PublishedFile out;
  out.mime = row->mime;
  out.filename = row->filename;
  out.sha256 = row->sha256;
  out.current = current;
  std::ifstream in(blob_path(row->sha256), std::ios::binary);
  if (!in) throw std::runtime_error("published file missing: " + std::to_string(id));
  std::ostringstream ss;
  ss << in.rdbuf();
  out.bytes = ss.str();
  return out;
}

}  // namespace gp::server
