#include "store/documents.h"

#include "store/sql.h"

#include <SQLiteCpp/Statement.h>

namespace gp::store {

std::int64_t document_references(SQLite::Database& db, const std::string& sha256) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM documents WHERE sha256 = ?");
  q.bind(1, sha256);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::int64_t documents_kept(SQLite::Database& db, std::int64_t application_id, const std::string& replaced_kind) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM documents WHERE application_id = ? AND NOT (? AND kind = ?)");
  q.bind(1, application_id);
  q.bind(2, replaced_kind.empty() ? 0 : 1);
  q.bind(3, replaced_kind);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::int64_t bytes_kept_by_customer(SQLite::Database& db, std::int64_t customer_id, std::int64_t application_id,
                                    const std::string& replaced_kind) {
  SQLite::Statement q(db, "SELECT COALESCE(SUM(d.size), 0) FROM documents d JOIN applications a ON a.id = d.application_id "
                          "WHERE a.customer_id = ? AND NOT (d.application_id = ? AND ? AND d.kind = ?)");
  q.bind(1, customer_id);
  q.bind(2, application_id);
  q.bind(3, replaced_kind.empty() ? 0 : 1);
  q.bind(4, replaced_kind);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::int64_t insert_document(SQLite::Database& db, const DocumentRow& d) {
  SQLite::Statement q(db, "INSERT INTO documents(application_id, kind, filename, mime, size, sha256, uploaded_by, uploaded_at) VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, d.application_id);
  q.bind(2, d.kind);
  q.bind(3, d.filename);
  q.bind(4, d.mime);
  q.bind(5, d.size);
  q.bind(6, d.sha256);
  q.bind(7, d.uploaded_by);
  q.bind(8, static_cast<std::int64_t>(d.uploaded_at));
  q.exec();
  return db.getLastInsertRowid();
}

std::vector<std::pair<std::int64_t, std::string>> delete_other_documents(SQLite::Database& db, std::int64_t application_id,
                                                                         const std::string& kind, std::int64_t keep_id) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  SQLite::Statement r(db, "SELECT id, sha256 FROM documents WHERE application_id = ? AND kind = ? AND id <> ?");
  r.bind(1, application_id);
  r.bind(2, kind);
  r.bind(3, keep_id);
  while (r.executeStep()) out.emplace_back(r.getColumn(0).getInt64(), r.getColumn(1).getString());
  SQLite::Statement d(db, "DELETE FROM documents WHERE application_id = ? AND kind = ? AND id <> ?");
  d.bind(1, application_id);
  d.bind(2, kind);
  d.bind(3, keep_id);
  d.exec();
  return out;
}

std::optional<DocumentRow> find_document(SQLite::Database& db, std::int64_t id, std::int64_t application_id) {
  SQLite::Statement q(db, "SELECT filename, mime, sha256 FROM documents WHERE id = ? AND application_id = ?");
  q.bind(1, id);
  q.bind(2, application_id);
  if (!q.executeStep()) return std::nullopt;
  DocumentRow d;
  d.application_id = application_id;
  d.filename = q.getColumn(0).getString();
  d.mime = q.getColumn(1).getString();
  d.sha256 = q.getColumn(2).getString();
  return d;
}

std::vector<DocumentListing> documents_of_application(SQLite::Database& db, std::int64_t application_id) {
  SQLite::Statement q(db, "SELECT id, kind, filename, mime, size, sha256, uploaded_at FROM documents WHERE application_id = ? ORDER BY id");
  q.bind(1, application_id);
  std::vector<DocumentListing> out;
  while (q.executeStep()) {
    DocumentListing d;
    d.id = q.getColumn(0).getInt64();
    d.kind = q.getColumn(1).getString();
    d.filename = q.getColumn(2).getString();
    d.mime = q.getColumn(3).getString();
    d.size = q.getColumn(4).getInt64();
    d.sha256 = q.getColumn(5).getString();
    d.uploaded_at = q.getColumn(6).getInt64();
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace gp::store
