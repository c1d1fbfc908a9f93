// Rule P3 (公开信息): published documents — tariff policy, fee list, typical designs and cost
// reference manual, procedures, supervision — each a title, a body and PDF/PNG/JPEG attachments
// (checked by content, stored by content under <data>/published/). Publishing adds a version and
// keeps every earlier one; customers (no login) see the current version of each kind and download
// its attachments; staff see every version. Publishing is traced.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "gp/dto/published.h"
#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

struct PublicationUpload {
  std::string filename, bytes;
};

struct PublishedFile {
  std::string bytes, mime, filename, sha256;
  bool current = false;  // of the latest version of its kind (what the public may fetch)
};

class PublicationService {
 public:
  PublicationService(const Env& env, std::size_t max_bytes) : env_(env), max_bytes_(max_bytes) {}

  gp::dto::PublicationListDto current();
  // Staff only (403 otherwise): every version of `kind`, newest first.
  gp::dto::PublicationListDto versions(const Caller& c, const std::string& kind);
  // Admin, command center. 400 naming the field (kind, title, body, file), 413, 415 by content.
  gp::dto::PublicationDto publish(const Caller& c, const std::string& kind, const std::string& title, const std::string& body,
                                  const std::vector<PublicationUpload>& files);
  // `staff`: any version's file; otherwise only a file of a current version (else 404).
  PublishedFile file(std::int64_t id, bool staff);

 private:
  std::string blob_path(const std::string& sha) const;
  Env env_;
  std::size_t max_bytes_;
};

}  // namespace gp::server
