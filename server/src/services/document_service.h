// Documents of an application (rules D1, D3, D5): PDF, JPEG and PNG recognised by their content,
// not their name; stored once by SHA-256 under <data>/blobs/; metadata in SQLite; readable only by
// the owner and the staff who may see the application.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"
#include "services/upload_checks.h"  // sniff_media_type, clean_filename

namespace gp::server {

struct Download {
  std::string bytes, mime, filename;
};

// Company settings (server options, issue 15): what one customer may keep stored.
struct UploadQuota {
  std::size_t bytes_per_customer = 100u * 1024 * 1024;  // every document of every application of the customer
  int files_per_application = 30;
};

class DocumentService {
 public:
  DocumentService(const Env& env, ApplicationService& apps, std::size_t max_bytes, UploadQuota quota = {})
      : env_(env), apps_(apps), max_bytes_(max_bytes), quota_(quota) {}
  // Throws ServiceError: 400 (kind, empty file), 404, 413 (too large, over the customer's quota),
  // 415 (not PDF/JPEG/PNG), 409 (withdrawn, too many files). A plan document (rule D5: one of each
  // kind) replaces the earlier upload of its kind; a stored file no row references any more is deleted.
  nlohmann::json upload(const Caller& c, const std::string& number, const std::string& kind,
                        const std::string& filename, const std::string& bytes);
  Download download(const Caller& c, const std::string& number, std::int64_t document_id);
  std::size_t max_bytes() const { return max_bytes_; }

 private:
  std::string blob_path(const std::string& sha) const;
  void store_blob(const std::string& sha, const std::string& bytes) const;
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
  std::size_t max_bytes_;
  UploadQuota quota_;
};

}  // namespace gp::server
