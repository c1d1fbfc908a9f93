// GET /api/v1/applications/{number} (and the answer of every action on it): one application as a
// caller may see it — timeline with deadlines and holders (P2), the two clocks (T4/W1), documents
// and checklists (D5, D7), supporting works and their contract (W1, W2), the supply contract (P1),
// rating (M3), events (M5) and next actions (P1). The server's ApplicationView fills it; the
// browser reads it. `plan` is gp::Plan's own JSON (gp/rules.h writes it) and travels as is.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"
#include "gp/dto/next_action.h"
#include "gp/sla.h"

namespace gp::dto {

// A limit's state (gp::SlaStatus), written flat into the object that has the limit.
struct SlaDto {
  std::optional<std::string> deadline, warning_at;  // null while paused
  double elapsed_working_days = 0, remaining_working_days = 0, used_fraction = 0;
  std::string level = "normal";    // normal | warning | overdue
  int escalation = 0;              // rule M2: 0 none, 1 supervisor, 2 command center ...
  std::string escalation_to;
  bool paused = false, done = false, on_time = true, calendar_confirmed = true;
};
SlaDto sla_dto(const SlaStatus& s);

// Someone on an application: a staff member ({id, name, role, phone[, username for staff eyes]}),
// the customer ({role: "customer"}), the system ({role: "system", name}) or the command center.
struct PartyDto {
  std::optional<std::int64_t> id;
  std::optional<std::string> name, phone, username;
  std::string role;
};

struct StageDto {
  std::string code, name_zh, name_en, state;  // state: pending | active | done | skipped ...
  bool customer_side = false;
  std::optional<int> limit_working_days;
  std::optional<std::string> started_at, done_at;
  std::vector<std::string> rules;
  std::optional<std::string> source;          // rule T6: "policy" | "company_setting"
  std::optional<SlaDto> sla;                  // absent: deadline/remaining null, level normal
  PartyDto holder;
};

struct DocumentDto {
  std::int64_t id = 0;
  std::string kind, filename, mime;
  std::int64_t size = 0;
  std::string sha256, uploaded_at, url;
};

struct ChecklistItemDto {  // rule D5: the documents of the plan, present or missing
  std::string code, name_zh, name_en, state, rule;
};

struct ArchiveItemDto {  // rule D7: the archive's items, required ✓ / conditional △
  std::string stage, stage_zh, stage_en, code, name_zh, name_en, mark, state;
};

struct WorksItemDto {  // rules W1–W3
  int item = 0;
  std::string kind, name_zh, name_en;
  double voltage_kv = 0;
  bool urgent = false;
  int limit_working_days = 0;
  std::string funding_route, funding_route_zh, agreed_completion_date, started_at;
  std::optional<std::string> done_at;
  SlaDto sla;
  bool breach = false, contract_signed = false;
};

struct WorksContractDto {  // rule W2
  int version = 0;
  std::string sha256;
  bool is_signed = false;  // "signed"
  std::optional<std::string> signed_at;
  bool breach = false;
  std::string url;
};

struct ApplicationClockDto {  // rule T4
  std::string rule;
  int limit_working_days = 0;
  bool excludes_supporting_works = false, excludes_customer_time = true;
  SlaDto sla;
};
struct WorksClockDto {  // rules W1, W2
  std::vector<std::string> rules{"W1", "W2"};
  int limit_working_days = 0;
  double elapsed_working_days = 0;
  int items = 0, open_items = 0;
  std::optional<std::string> agreed_completion_date;
  std::string level;
  bool counted_in_application_limit = false;
};
struct ClocksDto {
  ApplicationClockDto application;
  std::optional<WorksClockDto> supporting_works;
};

struct EventDto {
  std::int64_t seq = 0;
  std::string at, type, label_zh, label_en;
  std::optional<PartyDto> actor;
  std::string role, channel;
  nlohmann::json data = nlohmann::json::object();
};

struct ContractDto {  // rule P1
  bool available = false, is_signed = false;  // "signed"
  std::optional<std::string> sha256;          // once issued; then signed_at and method (null until signed)
  std::optional<std::string> signed_at, method;
};

struct RatingDto {
  int service_score = 0;
  std::optional<int> manager_score;
  std::string comment, at;
};

struct WaitingDto {  // rule P1: who the application waits for
  std::string for_, party, message_zh, message_en;
};

struct LocationDto {
  double latitude = 0, longitude = 0;
};

struct CustomerDto {  // staff only
  std::int64_t id = 0;
  std::string name, phone;
  std::optional<bool> online_account;  // false: a hall record not yet claimed (issue 15)
};

struct ApplicationDetail {
  std::string number, status;
  CodeName business, customer_type;
  std::string channel, submitted_at;
  std::optional<std::string> completed_at, withdrawn_at;
  std::string address, contact_name, contact_phone;
  std::optional<LocationDto> meter_location;
  nlohmann::json plan = nlohmann::json::object();
  int time_limit_working_days = 0;
  SlaDto sla;
  ClocksDto clocks;
  std::optional<std::string> deadline;
  double remaining_working_days = 0;
  std::string level;
  int escalation = 0;
  std::optional<CodeName> current_stage;
  std::vector<StageDto> stages;
  std::string waiting_for, waiting_message;
  std::optional<WaitingDto> waiting;
  std::optional<PartyDto> customer_manager, project_manager;
  std::vector<DocumentDto> documents;
  std::vector<ChecklistItemDto> checklist;
  std::vector<ArchiveItemDto> archive_checklist;
  std::vector<WorksItemDto> supporting_works;
  ContractDto contract;
  std::optional<WorksContractDto> works_contract;
  std::optional<std::string> intended_connection_date;
  std::optional<RatingDto> rating;
  std::vector<EventDto> events;
  std::vector<NextActionDto> next_actions;
  std::optional<CustomerDto> customer;
};

#define GP_DTO_IO(T)                                   \
  void to_json(nlohmann::json& j, const T& v);         \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(SlaDto)
GP_DTO_IO(PartyDto)
GP_DTO_IO(StageDto)
GP_DTO_IO(DocumentDto)
GP_DTO_IO(ChecklistItemDto)
GP_DTO_IO(ArchiveItemDto)
GP_DTO_IO(WorksItemDto)
GP_DTO_IO(WorksContractDto)
GP_DTO_IO(ApplicationClockDto)
GP_DTO_IO(WorksClockDto)
GP_DTO_IO(ClocksDto)
GP_DTO_IO(EventDto)
GP_DTO_IO(ContractDto)
GP_DTO_IO(RatingDto)
GP_DTO_IO(WaitingDto)
GP_DTO_IO(LocationDto)
GP_DTO_IO(CustomerDto)
GP_DTO_IO(ApplicationDetail)
#undef GP_DTO_IO

}  // namespace gp::dto
