#include "http/static_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "http/api_error.h"
#include "http/byte_range.h"
#include "http/mime_types.h"
#include "http/response.h"

namespace gp::server {

namespace {

// Owns an open file descriptor; shared by the content provider until the response is sent.
struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Whether Accept-Encoding admits `coding` (q > 0, explicitly or through "*").
bool accepts(const std::string& accept_encoding, const std::string& coding) {
  bool star = false;
  std::stringstream in(accept_encoding);
  for (std::string item; std::getline(in, item, ',');) {
    const auto semi = item.find(';');
    const std::string name = lower(trim(item.substr(0, semi)));
    bool positive = true;
    if (semi != std::string::npos) {
      const std::string param = lower(trim(item.substr(semi + 1)));
      if (param.rfind("q=", 0) == 0) positive = std::strtod(param.c_str() + 2, nullptr) > 0;
    }
    if (name == coding) return positive;
    if (name == "*") star = positive;
  }
  return star;
}

// Entry files must match the wasm and js they load, so they are revalidated on every load
// (cheap with the ETag); other assets may be cached briefly.
std::string cache_control_for(const std::string& rel) {
  for (const char* ext : {".html", ".js", ".wasm", ".json"}) {
    const std::string e(ext);
    if (rel.size() >= e.size() && rel.compare(rel.size() - e.size(), e.size(), e) == 0) return "no-cache";
  }
  return "public, max-age=3600";
}

bool etag_matches(const std::string& if_none_match, const std::string& etag) {
  std::stringstream in(if_none_match);
  for (std::string item; std::getline(in, item, ',');) {
    std::string t = trim(item);
    if (t == "*") return true;
    if (t.rfind("W/", 0) == 0) t = t.substr(2);  // weak comparison (RFC 9110 §13.1.2)
    if (t == etag) return true;
  }
  return false;
}

void not_found(const httplib::Request& req, httplib::Response& res) {
  write_json(res, 404, error_json(status_error(404), request_lang(req)));
}

}  // namespace

struct StaticFiles::Opened {
  std::shared_ptr<Fd> fd;
  struct stat st {};
};

StaticFiles::StaticFiles(const std::string& root) {
  if (root.empty()) return;
  char buf[PATH_MAX];
  if (!::realpath(root.c_str(), buf)) throw std::runtime_error("--site " + root + ": cannot resolve the directory");
  struct stat st {};
  if (::stat(buf, &st) != 0 || !S_ISDIR(st.st_mode)) throw std::runtime_error("--site " + root + ": not a directory");
  root_ = buf;
  if (root_ == "/") throw std::runtime_error("--site: refusing to serve the whole file system");
}

std::optional<std::string> StaticFiles::relative_path(const std::string& path) {
  if (path.empty() || path[0] != '/') return std::nullopt;
  std::string rel = path.substr(1);
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  // Refused outright: NUL and control characters (%00 and friends once decoded), backslashes
  // (never a separator here, but one on other systems), empty segments, and any segment that
  // starts with '.' — which covers "." and ".." (also when they arrived encoded as %2e%2e or
  // with an encoded %2f separator) and hidden files such as .git.
  for (unsigned char c : rel)
    if (c < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
  std::size_t start = 0;
  while (start <= rel.size()) {
    const std::size_t slash = rel.find('/', start);
    const std::size_t end = slash == std::string::npos ? rel.size() : slash;
    if (end == start || rel[start] == '.') return std::nullopt;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return rel;
}

std::optional<StaticFiles::Opened> StaticFiles::open_inside(const std::string& rel) const {
  const std::string candidate = root_ + "/" + rel;
  char buf[PATH_MAX];
  if (!::realpath(candidate.c_str(), buf)) return std::nullopt;
  const std::string real(buf);
  // Symlinks are followed by realpath; the target must still lie inside the root.
  if (real.size() <= root_.size() + 1 || real.compare(0, root_.size(), root_) != 0 || real[root_.size()] != '/')
    return std::nullopt;
  // O_NOFOLLOW: the checked real path must not have been swapped for a symlink since.
  const int fd = ::open(real.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return std::nullopt;
  Opened o{std::make_shared<Fd>(fd), {}};
  if (::fstat(fd, &o.st) != 0 || !S_ISREG(o.st.st_mode)) return std::nullopt;
  return o;
}

void StaticFiles::serve(const httplib::Request& req, httplib::Response& res) const {
  if (root_.empty()) return not_found(req, res);
  const auto rel = relative_path(req.path);
  if (!rel) return not_found(req, res);
  auto file = open_inside(*rel);
  if (!file) return not_found(req, res);

  // A precompressed sibling, when the client takes it: brotli first (smaller), then gzip.
  std::string encoding;
  const std::string accept = req.get_header_value("Accept-Encoding");
  for (const auto& [coding, suffix] : {std::pair<const char*, const char*>{"br", ".br"}, {"gzip", ".gz"}}) {
    if (!accepts(accept, coding)) continue;
    if (auto sibling = open_inside(*rel + suffix)) {
      file = std::move(sibling);
      encoding = coding;
      break;
    }
  }

  const struct stat& st = file->st;
  std::ostringstream tag;
  tag << '"' << std::hex << st.st_size << '-' << st.st_mtim.tv_sec << '-' << st.st_mtim.tv_nsec
      << (encoding.empty() ? "" : "-") << encoding << '"';
  const std::string etag = tag.str();

  res.set_header("ETag", etag);
  res.set_header("Cache-Control", cache_control_for(*rel));
  res.set_header("Vary", "Accept-Encoding");
  if (!encoding.empty()) res.set_header("Content-Encoding", encoding);

  if (etag_matches(req.get_header_value("If-None-Match"), etag)) {
    res.status = 304;
    return;
  }

  res.status = 200;
  const std::string type = mime_type_for(*rel);
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size == 0) {
    res.set_content(std::string(), type);
    return;
  }
  res.set_header("Accept-Ranges", "bytes");
  // At most one range (byte_range.h); httplib's own range handling is switched off.
  const ByteRange range = requested_range(req, size, etag);
  if (range.kind == ByteRange::unsatisfiable) {
    for (const char* h : {"ETag", "Cache-Control", "Vary", "Content-Encoding", "Accept-Ranges"}) res.headers.erase(h);
    return refuse_range(req, res, size);
  }
  std::size_t begin = 0, length = size;
  if (range.kind == ByteRange::partial) {
    mark_partial(res, range, size);
    begin = range.offset;
    length = range.length;
  }
  // A sized content provider streams from the open file and, unlike set_content, is never
  // compressed again by httplib (which would double-encode a .br sibling). httplib asks for
  // offsets within [0, length); the file is read from `begin` on. It runs after httplib's
  // exception handler: nothing may escape it (an aborted response closes the connection).
  std::shared_ptr<Fd> fd = file->fd;
  res.set_content_provider(length, type, [fd, begin, length](std::size_t offset, std::size_t want, httplib::DataSink& sink) {
    try {
      if (offset >= length) return false;
      std::vector<char> buf(std::min<std::size_t>(std::min(want, length - offset), 64 * 1024));
      const ssize_t n = ::pread(fd->fd, buf.data(), buf.size(), static_cast<off_t>(begin + offset));
      if (n <= 0) return false;  // truncated underneath us: abort the response
      return sink.write(buf.data(), static_cast<std::size_t>(n));
    } catch (...) {
      return false;
    }
  });
}

}  // namespace gp::server
