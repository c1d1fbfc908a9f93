#include "gp/dto/pool.h"

#include "gp/dto/wire.h"

namespace gp::dto {

void to_json(nlohmann::json& j, const PoolItemDto& v) {
  j = {{"number", v.number}, {"business", v.business}, {"customer_type", v.customer_type}, {"address", v.address},
       {"submitted_at", v.submitted_at}, {"closes_at", v.closes_at}};
}
void from_json(const nlohmann::json& j, PoolItemDto& v) {
  need(j, "number", v.number);
  need(j, "business", v.business);
  need(j, "customer_type", v.customer_type);
  need(j, "address", v.address);
  need(j, "submitted_at", v.submitted_at);
  need(j, "closes_at", v.closes_at);
}

void to_json(nlohmann::json& j, const PoolBody& v) {
  j = {{"items", v.items}, {"enabled", v.enabled}, {"window_minutes", v.window_minutes}, {"load_cap", v.load_cap},
       {"my_open", opt(v.my_open)}, {"source", v.source}, {"rule", v.rule}};
}
void from_json(const nlohmann::json& j, PoolBody& v) {
  need_list(j, "items", v.items);
  need(j, "enabled", v.enabled);
  need(j, "window_minutes", v.window_minutes);
  need(j, "load_cap", v.load_cap);
  maybe(j, "my_open", v.my_open);
  need(j, "source", v.source);
  need(j, "rule", v.rule);
}

void to_json(nlohmann::json& j, const GrabAnswer& v) {
  j = {{"number", v.number}, {"customer_manager", v.customer_manager}, {"rule", v.rule}};
}
void from_json(const nlohmann::json& j, GrabAnswer& v) {
  need(j, "number", v.number);
  need(j, "customer_manager", v.customer_manager);
  need(j, "rule", v.rule);
}

}  // namespace gp::dto
