// The two contracts a customer signs online: the supply contract (rule P1, GET .../contract and
// the answer of .../contract/sign) and the supporting works' service contract (rule W2, 服务契约,
// GET .../works-contract with its versions). The text's SHA-256 is what the signature binds.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gp::dto {

struct ContractTextDto {
  bool available = true;
  std::string text, sha256;
  bool is_signed = false;  // "signed"
  std::optional<std::string> signed_at, method;  // null until signed; method: password | drawn
};

struct WorksContractItemDto {
  int item = 0;
  std::string agreed_completion_date;
  std::optional<std::string> done_at;
  bool breach = false;  // rule W2: the agreed date missed (违约)
};
struct WorksContractVersionDto {
  int version = 0;
  std::string sha256;
  bool is_signed = false;
  std::optional<std::string> signed_at;
};
struct WorksContractTextDto {
  bool available = true;
  int version = 0;
  std::string text, sha256, issued_at;
  bool is_signed = false;
  std::optional<std::string> signed_at, method;
  std::vector<WorksContractItemDto> works;
  std::optional<std::vector<WorksContractVersionDto>> versions;  // GET only (not the signing answer)
};

void to_json(nlohmann::json& j, const ContractTextDto& v);
void from_json(const nlohmann::json& j, ContractTextDto& v);
void to_json(nlohmann::json& j, const WorksContractItemDto& v);
void from_json(const nlohmann::json& j, WorksContractItemDto& v);
void to_json(nlohmann::json& j, const WorksContractVersionDto& v);
void from_json(const nlohmann::json& j, WorksContractVersionDto& v);
void to_json(nlohmann::json& j, const WorksContractTextDto& v);
void from_json(const nlohmann::json& j, WorksContractTextDto& v);

}  // namespace gp::dto
