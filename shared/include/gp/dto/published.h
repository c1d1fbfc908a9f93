// Rule P3 (公开信息): the contractor directory and the published documents, as the server writes
// them and the browser reads them: GET/POST /api/v1/contractors…, /api/v1/publications….
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gp::dto {

// One contractor with its licence and the licence's status on `today` (rule P3).
struct ContractorDto {
  long long id = 0;
  std::string kind;                     // design | construction | test
  std::vector<std::string> categories;  // construction: install | repair | test (承装/承修/承试)
  std::string name, credit_code, licence_number, licence_class, scope;
  std::string valid_from, valid_until;  // YYYY-MM-DD
  std::string county, phone;
  std::string status;                   // valid | expiring | expired | not_yet_valid | withdrawn
  int days_left = 0;                    // until valid_until (negative once expired)
  std::optional<std::string> withdrawn_at;  // staff expired it by hand (never deleted)
  std::string updated_at;
  std::string rule = "P3";
};

// The directory's answer: a page of contractors, the day their status was judged and the
// "expiring within N days" company setting ({value, source: company_setting}).
struct ContractorPageDto {
  std::vector<ContractorDto> items;
  long long total = 0;
  int page = 1, page_size = 20;
  std::string today;
  int expiring_days = 30;
  std::string expiring_days_source = "company_setting";
};

struct AttachmentDto {
  long long id = 0;
  std::string filename, mime, sha256;
  long long size = 0;
};

// One version of one published document (公开信息).
struct PublicationDto {
  long long id = 0;
  std::string kind;  // tariff_policy | fee_list | typical_design | procedures | supervision
  int version = 1;
  std::string title, body;
  std::string published_at;
  std::vector<AttachmentDto> attachments;
  bool current = true;  // the version customers see
  std::string rule = "P3";
};

// GET /publications: the current version of each kind that has one (public).
// GET /publications/versions?kind=: every version of a kind, newest first (staff).
struct PublicationListDto {
  std::vector<PublicationDto> items;
};

// PUT /admin/settings/licence-expiring-days: "expiring" means within this many days (company setting).
struct ExpiringDaysDto {
  int days = 0;
  std::string source = "company_setting";
  std::string rule = "P3";
};

void to_json(nlohmann::json& j, const ExpiringDaysDto& v);
void from_json(const nlohmann::json& j, ExpiringDaysDto& v);
void to_json(nlohmann::json& j, const ContractorDto& v);
void from_json(const nlohmann::json& j, ContractorDto& v);
void to_json(nlohmann::json& j, const ContractorPageDto& v);
void from_json(const nlohmann::json& j, ContractorPageDto& v);
void to_json(nlohmann::json& j, const AttachmentDto& v);
void from_json(const nlohmann::json& j, AttachmentDto& v);
void to_json(nlohmann::json& j, const PublicationDto& v);
void from_json(const nlohmann::json& j, PublicationDto& v);
void to_json(nlohmann::json& j, const PublicationListDto& v);
void from_json(const nlohmann::json& j, PublicationListDto& v);

}  // namespace gp::dto
