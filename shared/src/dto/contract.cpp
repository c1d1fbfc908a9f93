#include "gp/dto/contract.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const ContractTextDto& v) {
  j = {{"available", v.available}, {"text", v.text}, {"sha256", v.sha256}, {"signed", v.is_signed},
       {"signed_at", opt(v.signed_at)}, {"method", opt(v.method)}};
}
void from_json(const json& j, ContractTextDto& v) {
  need(j, "available", v.available);
  need(j, "text", v.text);
  need(j, "sha256", v.sha256);
  need(j, "signed", v.is_signed);
  maybe(j, "signed_at", v.signed_at);
  maybe(j, "method", v.method);
}

void to_json(json& j, const WorksContractItemDto& v) {
  j = {{"item", v.item}, {"agreed_completion_date", v.agreed_completion_date}, {"done_at", opt(v.done_at)}, {"breach", v.breach}};
}
void from_json(const json& j, WorksContractItemDto& v) {
  need(j, "item", v.item);
  need(j, "agreed_completion_date", v.agreed_completion_date);
  maybe(j, "done_at", v.done_at);
  need(j, "breach", v.breach);
}

void to_json(json& j, const WorksContractVersionDto& v) {
  j = {{"version", v.version}, {"sha256", v.sha256}, {"signed", v.is_signed}, {"signed_at", opt(v.signed_at)}};
}
void from_json(const json& j, WorksContractVersionDto& v) {
  need(j, "version", v.version);
  need(j, "sha256", v.sha256);
  need(j, "signed", v.is_signed);
  maybe(j, "signed_at", v.signed_at);
}

void to_json(json& j, const WorksContractTextDto& v) {
  j = {{"available", v.available}, {"version", v.version}, {"text", v.text}, {"sha256", v.sha256}, {"issued_at", v.issued_at},
       {"signed", v.is_signed}, {"signed_at", opt(v.signed_at)}, {"method", opt(v.method)}, {"works", v.works}};
  if (v.versions) j["versions"] = *v.versions;
}
void from_json(const json& j, WorksContractTextDto& v) {
  need(j, "available", v.available);
  need(j, "version", v.version);
  need(j, "text", v.text);
  need(j, "sha256", v.sha256);
  need(j, "issued_at", v.issued_at);
  need(j, "signed", v.is_signed);
  maybe(j, "signed_at", v.signed_at);
  maybe(j, "method", v.method);
  need_list(j, "works", v.works);
  if (j.contains("versions")) {
    std::vector<WorksContractVersionDto> vs;
    need_list(j, "versions", vs);
    v.versions = std::move(vs);
  } else {
    v.versions.reset();
  }
}

}  // namespace gp::dto
