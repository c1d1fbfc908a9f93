// Rule P3 (公开信息): published documents, one row per version (never updated or deleted:
// triggers refuse it), and their attachments, stored by content (SHA-256) under
// <data>/published/ — apart from the customers' uploads, whose clean-up never sees them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct PublicationFileRow {
  std::int64_t id = 0;
  std::int64_t publication_id = 0;
  std::string filename, mime, sha256;
  std::int64_t size = 0;
};

struct PublicationRow {
  std::int64_t id = 0;
  std::string kind;
  int version = 1;
  std::string title, body;
  gp::Instant published_at = 0;
  std::vector<PublicationFileRow> files;
};

// The next version number of `kind` (1 for the first).
int next_publication_version(Conn& db, const std::string& kind);
std::int64_t insert_publication(Conn& db, const PublicationRow& p, std::int64_t by);
std::int64_t insert_publication_file(Conn& db, const PublicationFileRow& f);
// The latest version of each kind that has one, in the order of gp::publication_kinds().
std::vector<PublicationRow> current_publications(Conn& db);
// Every version of `kind`, newest first.
std::vector<PublicationRow> publication_versions(Conn& db, const std::string& kind);
std::optional<PublicationFileRow> find_publication_file(Conn& db, std::int64_t id);
// True when the file belongs to the latest version of its kind.
bool publication_file_is_current(Conn& db, std::int64_t file_id);

}  // namespace gp::store
