// The two lists staff work from: GET /api/v1/applications (a page of rows, customers see their
// own) and GET /api/v1/board (rules M1, M2, G6, D4, W2, M5: every open time limit, most urgent
// first, with the counts the command center watches).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"

namespace gp::dto {

// {id, name} of a staff member on a row.
struct NameRefDto {
  std::int64_t id = 0;
  std::string name;
};

struct ApplicationRowDto {
  std::string number, status;
  CodeName business, customer_type;
  std::optional<CodeName> stage;
  std::string level;
  int escalation = 0;
  std::string submitted_at;
  std::optional<std::string> deadline;
  double remaining_working_days = 0, elapsed_working_days = 0;
  int time_limit_working_days = 0;
  bool paused = false;
  std::string waiting_for, channel, address, contact_name;
  std::optional<NameRefDto> customer_manager, project_manager;
  std::optional<std::string> contact_phone;  // staff only
};

struct ApplicationPageDto {
  std::vector<ApplicationRowDto> items;
  long long total = 0;
  int page = 1, page_size = 20;
};

// The open supporting works' most urgent clock on a board row (rules T4, W1).
struct BoardWorksClockDto {
  int item = 0;
  CodeName kind;
  std::string level;
  int limit_working_days = 0;
  double elapsed_working_days = 0, remaining_working_days = 0;
  std::optional<std::string> deadline;
  std::string agreed_completion_date, rule = "W1";
};

struct BoardItemDto {
  std::string kind;  // application | reservation
  std::string number, status, level;
  int escalation = 0;
  std::string escalation_to;
  bool acknowledged = false;
  double age_working_days = 0;
  std::optional<CodeName> stage;
  std::string contact_name, address, submitted_at;
  std::optional<NameRefDto> customer_manager, project_manager;
  // kind "application"
  int works_breach = 0, backfilled = 0;
  std::string waiting_for;
  int time_limit_working_days = 0;
  bool limit_excludes_supporting_works = false;
  std::string application_level;
  std::optional<BoardWorksClockDto> supporting_works;
  double remaining_working_days = 0;
  std::optional<std::string> deadline;
  std::string customer_type;
  // kind "reservation" (rule D4: clock time)
  std::string channel, due_at;
  double remaining_seconds = 0;
};

struct BoardBucketDto {  // per manager (id null: unassigned) or per step
  std::optional<std::int64_t> id;  // managers
  std::optional<CodeName> stage;   // steps: the code/name keys, written flat
  std::string name;                // managers
  int total = 0, warning = 0, overdue = 0;
};

struct BoardCountsDto {
  int total = 0;
  std::map<std::string, int> by_kind, by_level, by_escalation;
  std::vector<BoardBucketDto> by_manager, by_stage;
  int works_breach = 0, backfilled = 0;
  int backfill_after_hours = 0;  // rule M5: a company setting ({value, source: company_setting})
};

struct BoardDto {
  std::string now;
  std::vector<BoardItemDto> items;
  BoardCountsDto counts;
  std::vector<std::string> rules;
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(NameRefDto)
GP_DTO_IO(ApplicationRowDto)
GP_DTO_IO(ApplicationPageDto)
GP_DTO_IO(BoardWorksClockDto)
GP_DTO_IO(BoardItemDto)
GP_DTO_IO(BoardCountsDto)
GP_DTO_IO(BoardDto)
#undef GP_DTO_IO
// Buckets differ by list (manager or step), so they are written and read through these.
nlohmann::json manager_bucket_json(const BoardBucketDto& v);
nlohmann::json stage_bucket_json(const BoardBucketDto& v);
BoardBucketDto manager_bucket(const nlohmann::json& j);
BoardBucketDto stage_bucket(const nlohmann::json& j);

}  // namespace gp::dto
