// The browser app's files, served from the --site directory only (httplib's own mount points are
// not used: 0.11.4 mishandles some paths). A request path must name a regular file whose real
// path (symlinks resolved) lies inside the site root; everything else is 404, indistinguishable
// from a missing file, so probing reveals nothing. Precompressed siblings (X.br, X.gz) are sent
// when the client accepts them.
#pragma once
#include <optional>
#include <string>

#include <httplib.h>

namespace gp::server {

class StaticFiles {
 public:
  // `root`: the site directory as given; resolved with realpath now. Empty: no files are served.
  // Throws std::runtime_error when the directory cannot be resolved.
  explicit StaticFiles(const std::string& root);

  const std::string& root() const { return root_; }

  // Answer a GET or HEAD for `req.path` (already percent-decoded by httplib): 200, 304 or 404.
  void serve(const httplib::Request& req, httplib::Response& res) const;

 private:
  struct Opened;
  // The site-relative file for a request path, or nullopt when the path is not acceptable.
  static std::optional<std::string> relative_path(const std::string& request_path);
  // Open `rel` when its real path is a regular file inside the root.
  std::optional<Opened> open_inside(const std::string& rel) const;

  std::string root_;  // realpath, no trailing slash; "" when disabled
};

}  // namespace gp::server
