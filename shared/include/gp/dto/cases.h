// The bodies of customer requests and reports (rule M6) and of call-backs and back-filled records
// (rule M5): /api/v1/cases and /api/v1/callbacks.
//
// Confidentiality (rule M6): a report's text and its reporter's identity travel only to the
// discipline-inspection role; every other reader gets `text` and `contact` null and
// `redacted` true (the server decides; the type says where the hole is).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"
#include "gp/dto/lists.h"

namespace gp::dto {

struct CaseContactDto {
  std::optional<std::string> name, phone;
  std::optional<std::int64_t> customer_id;
};

struct CaseResponsibleDto {  // rule M6: a founded ten-prohibitions case, traced
  CodeName department;
  std::string team;
  NameRefDto person;
};

struct CaseDto {
  std::string number;
  CodeName kind, category, status;
  bool prohibition = false;                 // one of the "十个不准"
  std::string channel;                      // online | kiosk | phone | callback
  std::string created_at;
  std::optional<std::string> application_number;
  bool anonymous = false;
  bool redacted = false;                    // a report seen by anyone but the discipline inspector
  std::optional<std::string> text;          // null when redacted
  std::optional<CaseContactDto> contact;    // null when redacted or not the reader's to see
  std::optional<CodeName> department;
  std::optional<NameRefDto> assignee;
  std::optional<std::string> assigned_at, due_at;
  int limit_hours = 0;                      // the handling limit: a company setting
  std::string limit_source = "company_setting";
  std::string level = "normal";             // normal | warning | overdue (while assigned)
  std::optional<std::string> answer, answered_at, closed_at, closing_note;
  std::optional<bool> founded;
  std::optional<CaseResponsibleDto> responsible;
  std::optional<int> rating;
  std::optional<std::string> rating_comment;
  std::optional<std::int64_t> callback_id;  // opened by a call-back's mismatch (rule M5)
  std::string rule = "M6";
};

struct CasePageDto {
  std::vector<CaseDto> items;
  std::int64_t total = 0;
  int page = 1, page_size = 20;
};

// GET /cases/prohibitions?month=YYYY-MM: founded cases of the ten prohibitions closed in the month,
// traced to department, team and person (rule M6).
struct ProhibitionCountDto {
  CodeName category, department;
  std::string team;
  NameRefDto person;
  int count = 0;
};
struct ProhibitionCountsDto {
  std::string month;
  std::vector<ProhibitionCountDto> rows;
  int total = 0;
  std::string rule = "M6";
};

struct CallbackSaidDto {
  bool extra_document = false, visited_more_than_once = false, asked_to_pay = false, exceeded_time = false;
};
struct CallbackMismatchDto {
  std::string said;
  CodeName category;
  std::string zh, en;
  std::string case_number;  // the case it opened (rule M6)
};
struct CallbackDto {  // rule M5: 电话回访
  std::int64_t id = 0;
  std::optional<std::string> application_number, case_number;
  bool reached = false;
  std::optional<bool> satisfied;
  CallbackSaidDto said;
  std::string other;
  std::vector<CallbackMismatchDto> mismatches;
  std::optional<NameRefDto> customer_manager;
  NameRefDto recorded_by;
  std::string recorded_at;
  std::string rule = "M5";
};
struct CallbackPageDto {
  std::vector<CallbackDto> items;
  std::int64_t total = 0;
  int page = 1, page_size = 20;
};

// GET /callbacks/accountability?month=YYYY-MM: back-filled records (补录) and call-back
// mismatches per customer manager in the month (rule M5).
struct AccountabilityRowDto {
  NameRefDto manager;
  int backfilled = 0, callback_mismatches = 0;
};
struct AccountabilityDto {
  std::string month;
  std::vector<AccountabilityRowDto> managers;
  int backfilled = 0, callback_mismatches = 0;
  int backfill_after_hours = 24;  // company setting (the 补录 threshold)
  std::string backfill_source = "company_setting";
  std::string rule = "M5";
};

void to_json(nlohmann::json& j, const CaseContactDto& v);
void from_json(const nlohmann::json& j, CaseContactDto& v);
void to_json(nlohmann::json& j, const CaseResponsibleDto& v);
void from_json(const nlohmann::json& j, CaseResponsibleDto& v);
void to_json(nlohmann::json& j, const CaseDto& v);
void from_json(const nlohmann::json& j, CaseDto& v);
void to_json(nlohmann::json& j, const CasePageDto& v);
void from_json(const nlohmann::json& j, CasePageDto& v);
void to_json(nlohmann::json& j, const ProhibitionCountDto& v);
void from_json(const nlohmann::json& j, ProhibitionCountDto& v);
void to_json(nlohmann::json& j, const ProhibitionCountsDto& v);
void from_json(const nlohmann::json& j, ProhibitionCountsDto& v);
void to_json(nlohmann::json& j, const CallbackSaidDto& v);
void from_json(const nlohmann::json& j, CallbackSaidDto& v);
void to_json(nlohmann::json& j, const CallbackMismatchDto& v);
void from_json(const nlohmann::json& j, CallbackMismatchDto& v);
void to_json(nlohmann::json& j, const CallbackDto& v);
void from_json(const nlohmann::json& j, CallbackDto& v);
void to_json(nlohmann::json& j, const CallbackPageDto& v);
void from_json(const nlohmann::json& j, CallbackPageDto& v);
void to_json(nlohmann::json& j, const AccountabilityRowDto& v);
void from_json(const nlohmann::json& j, AccountabilityRowDto& v);
void to_json(nlohmann::json& j, const AccountabilityDto& v);
void from_json(const nlohmann::json& j, AccountabilityDto& v);

}  // namespace gp::dto
