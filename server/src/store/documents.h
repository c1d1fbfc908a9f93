// Uploaded documents' rows (the files themselves are stored by content hash under the data
// directory by services/document_service.cpp). A file may serve several rows.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/conn.h"

#include "gp/date.h"

namespace gp::store {

struct DocumentRow {
  std::int64_t application_id = 0;
  std::string kind, filename, mime, sha256;
  std::int64_t size = 0;
  std::int64_t uploaded_by = 0;
  gp::Instant uploaded_at = 0;
};

// Rows referencing the file with this content hash.
std::int64_t document_references(SQLite::Database& db, const std::string& sha256);
// Files an application keeps, less those of `replaced_kind` ("" replaces none).
std::int64_t documents_kept(SQLite::Database& db, std::int64_t application_id, const std::string& replaced_kind);
// Bytes of every document of every application of a customer, less the application's documents of
// `replaced_kind` ("" replaces none).
std::int64_t bytes_kept_by_customer(SQLite::Database& db, std::int64_t customer_id, std::int64_t application_id,
                                    const std::string& replaced_kind);
// Inserts the row; returns its id.
std::int64_t insert_document(SQLite::Database& db, const DocumentRow& d);
// Deletes the application's other rows of `kind` than `keep_id`; returns their ids and hashes.
std::vector<std::pair<std::int64_t, std::string>> delete_other_documents(SQLite::Database& db, std::int64_t application_id,
                                                                         const std::string& kind, std::int64_t keep_id);
// Every document row of an application, oldest first (the detail's list, the option lists).
struct DocumentListing {
  std::int64_t id = 0;
  std::string kind, filename, mime, sha256;
  std::int64_t size = 0;
  gp::Instant uploaded_at = 0;
};
std::vector<DocumentListing> documents_of_application(SQLite::Database& db, std::int64_t application_id);
// A document of an application: filename, mime, sha256 (nullopt when it is not that application's).
std::optional<DocumentRow> find_document(SQLite::Database& db, std::int64_t id, std::int64_t application_id);

}  // namespace gp::store
