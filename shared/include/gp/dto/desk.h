// The bodies around an application: the inbox (rule P1 notifications), reservations (rule D4),
// pre-application consultations (rule R2) and the open grid capacity (rule R4).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"
#include "gp/dto/lists.h"

namespace gp::dto {

struct NotificationDto {
  std::int64_t id = 0;
  std::string at, kind, title_zh, title_en, body_zh, body_en;
  bool read = false;
  std::optional<std::string> application_number;
};
struct NotificationPageDto {  // GET /notifications (and its long poll)
  std::vector<NotificationDto> items;
  std::int64_t unread = 0, last_id = 0;
};

struct ReservationDto {  // rule D4
  std::string number, channel, name, address;
  CodeName business, customer_type;
  std::string note, created_at, due_at, due_rule = "D4", due_action, status;
  std::optional<std::string> handled_at;
  std::string level;
  int escalation = 0;
  double remaining_seconds = 0;
  bool on_time = true;
  std::optional<std::string> application_number, phone;  // phone: staff and the customer
  std::optional<NameRefDto> customer_manager;
};

struct ConsultationReplyDto {
  std::string opinion, replied_at;
  std::optional<NameRefDto> replied_by;
};
struct ConsultationDto {  // rule R2
  std::int64_t id = 0;
  std::string status, company, credit_code;
  double capacity_kw = 0, voltage_kv = 0;
  std::string address, industry;
  bool in_provincial_park = false, asset_transfer = false;
  std::string created_at;
  nlohmann::json preliminary_plan;  // the plan summary (services/plan_summary), null when the facts give none
  nlohmann::json pre_review;
  std::optional<ConsultationReplyDto> reply;
  std::string note_zh, note_en, rule = "R2";
  std::optional<Person> customer;  // staff lists: {id, name, phone}
};

struct ReservationListDto {  // GET /reservations
  std::vector<ReservationDto> items;
  long long total = 0;
};

struct ConsultationPageDto {  // GET /consultations
  std::vector<ConsultationDto> items;
  long long total = 0;
  int page = 1, page_size = 20;
};

struct CapacityEntryDto {  // rule R4
  std::string area, feeder;
  double voltage_kv = 0, capacity_kva = 0, available_kva = 0, utilization = 0;
  std::string note, updated_at;
};
struct CapacityAnswerDto {
  std::string area;
  std::vector<CapacityEntryDto> entries;
  double total_available_kva = 0;
  std::string queried_at, rule = "R4";
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(NotificationDto)
GP_DTO_IO(NotificationPageDto)
GP_DTO_IO(ReservationDto)
GP_DTO_IO(ConsultationReplyDto)
GP_DTO_IO(ConsultationDto)
GP_DTO_IO(ReservationListDto)
GP_DTO_IO(ConsultationPageDto)
GP_DTO_IO(CapacityEntryDto)
GP_DTO_IO(CapacityAnswerDto)
#undef GP_DTO_IO

}  // namespace gp::dto
