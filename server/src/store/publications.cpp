#include "store/publications.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols = "SELECT id, kind, version, title, body, published_at FROM publications ";

PublicationRow read(SQLite::Statement& q) {
  PublicationRow p;
  p.id = q.getColumn(0).getInt64();
  p.kind = q.getColumn(1).getString();
  p.version = q.getColumn(2).getInt();
  p.title = q.getColumn(3).getString();
  p.body = q.getColumn(4).getString();
  p.published_at = q.getColumn(5).getInt64();
  return p;
}

PublicationFileRow read_file(SQLite::Statement& q) {
  PublicationFileRow f;
  f.id = q.getColumn(0).getInt64();
  f.publication_id = q.getColumn(1).getInt64();
  f.filename = q.getColumn(2).getString();
  f.mime = q.getColumn(3).getString();
  f.sha256 = q.getColumn(4).getString();
  f.size = q.getColumn(5).getInt64();
  return f;
}

void attach_files(Conn& db, std::vector<PublicationRow>& rows) {
  SQLite::Statement q(db, "SELECT id, publication_id, filename, mime, sha256, size FROM publication_files WHERE publication_id = ? ORDER BY id");
  for (auto& p : rows) {
    q.reset();
    q.bind(1, p.id);
    while (q.executeStep()) p.files.push_back(read_file(q));
  }
}

}  // namespace

int next_publication_version(Conn& db, const std::string& kind) {
  SQLite::Statement q(db, "SELECT COALESCE(MAX(version), 0) + 1 FROM publications WHERE kind = ?");
  q.bind(1, kind);
  q.executeStep();
  return q.getColumn(0).getInt();
}

std::int64_t insert_publication(Conn& db, const PublicationRow& p, std::int64_t by) {
  SQLite::Statement q(db, "INSERT INTO publications(kind, version, title, body, published_at, published_by) VALUES (?,?,?,?,?,?)");
  q.bind(1, p.kind);
  q.bind(2, p.version);
  q.bind(3, p.title);
  q.bind(4, p.body);
  q.bind(5, static_cast<std::int64_t>(p.published_at));
  if (by) q.bind(6, by);
  q.exec();
  return db.getLastInsertRowid();
}

std::int64_t insert_publication_file(Conn& db, const PublicationFileRow& f) {
  SQLite::Statement q(db, "INSERT INTO publication_files(publication_id, filename, mime, sha256, size) VALUES (?,?,?,?,?)");
  q.bind(1, f.publication_id);
  q.bind(2, f.filename);
  q.bind(3, f.mime);
  q.bind(4, f.sha256);
  q.bind(5, f.size);
  q.exec();
  return db.getLastInsertRowid();
}

std::vector<PublicationRow> current_publications(Conn& db) {
  SQLite::Statement q(db, std::string(kCols) +
                              "p WHERE version = (SELECT MAX(version) FROM publications x WHERE x.kind = p.kind) "
                              "ORDER BY CASE kind WHEN 'tariff_policy' THEN 0 WHEN 'fee_list' THEN 1 WHEN 'typical_design' THEN 2 "
                              "WHEN 'procedures' THEN 3 ELSE 4 END");
  std::vector<PublicationRow> out;
  while (q.executeStep()) out.push_back(read(q));
  attach_files(db, out);
  return out;
}

std::vector<PublicationRow> publication_versions(Conn& db, const std::string& kind) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE kind = ? ORDER BY version DESC");
  q.bind(1, kind);
  std::vector<PublicationRow> out;
  while (q.executeStep()) out.push_back(read(q));
  attach_files(db, out);
  return out;
}

std::optional<PublicationFileRow> find_publication_file(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, "SELECT id, publication_id, filename, mime, sha256, size FROM publication_files WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read_file(q);
}

bool publication_file_is_current(Conn& db, std::int64_t file_id) {
  SQLite::Statement q(db,
                      "SELECT 1 FROM publication_files f JOIN publications p ON p.id = f.publication_id WHERE f.id = ? AND "
                      "p.version = (SELECT MAX(version) FROM publications x WHERE x.kind = p.kind)");
  q.bind(1, file_id);
  return q.executeStep();
}

}  // namespace gp::store
