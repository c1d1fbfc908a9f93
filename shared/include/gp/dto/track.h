// POST /api/v1/track (rule P2, no login): an application's progress for whoever knows its number
// and the phone on it — steps with states, dates and deadlines (each step's limit labelled by its
// source, T6), the supporting works' own dates (T4, W1). Nothing personal.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"

namespace gp::dto {

struct TrackStageDto {
  std::string code, name_zh, name_en, state;
  std::optional<std::string> started_at, done_at;
  std::optional<int> limit_working_days;
  std::optional<std::string> source;    // rule T6: policy | company_setting
  std::optional<std::string> deadline;  // open steps only
};

struct TrackWorksDto {
  std::string name_zh, name_en;
  int limit_working_days = 0;  // rule W1
  std::string agreed_completion_date, started_at;  // rule W2
  std::optional<std::string> done_at, deadline;
};

struct TrackDto {
  std::string number, status;
  CodeName business;
  std::string submitted_at;
  int time_limit_working_days = 0;
  std::optional<std::string> deadline;
  bool waiting_for_customer = false;
  bool limit_excludes_supporting_works = false;  // rule T4
  std::vector<TrackWorksDto> supporting_works;
  std::vector<TrackStageDto> stages;
};

void to_json(nlohmann::json& j, const TrackStageDto& v);
void from_json(const nlohmann::json& j, TrackStageDto& v);
void to_json(nlohmann::json& j, const TrackWorksDto& v);
void from_json(const nlohmann::json& j, TrackWorksDto& v);
void to_json(nlohmann::json& j, const TrackDto& v);
void from_json(const nlohmann::json& j, TrackDto& v);

}  // namespace gp::dto
