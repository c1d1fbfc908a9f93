#include "gp/dto/reliability.h"

#include "gp/dto/wire.h"

namespace gp::dto {

bool AreaReliabilityDto::operator==(const AreaReliabilityDto& o) const {
  return area == o.area && customers == o.customers && period_hours == o.period_hours && customer_hours_lost == o.customer_hours_lost &&
         customer_interruptions == o.customer_interruptions && asai == o.asai && asai_target == o.asai_target &&
         meets_asai == o.meets_asai && average_outage_hours == o.average_outage_hours && average_outage_count == o.average_outage_count &&
         meets_hours == o.meets_hours && meets_count == o.meets_count && rule == o.rule;
}

bool ReliabilityBody::operator==(const ReliabilityBody& o) const {
  return from == o.from && to == o.to && urban_customers == o.urban_customers && rural_customers == o.rural_customers &&
         outages == o.outages && urban == o.urban && rural == o.rural && rule == o.rule;
}

AreaReliabilityDto area_reliability_dto(const AreaReliability& r) {
  AreaReliabilityDto d;
  d.area = to_string(r.area);
  d.customers = r.customers;
  d.period_hours = r.period_hours;
  d.customer_hours_lost = r.customer_hours_lost;
  d.customer_interruptions = r.customer_interruptions;
  d.asai = r.asai;
  d.asai_target = r.asai_target;
  d.meets_asai = r.meets_asai;
  d.average_outage_hours = r.average_outage_hours;
  d.average_outage_count = r.average_outage_count;
  d.meets_hours = r.meets_hours;
  d.meets_count = r.meets_count;
  return d;
}

void to_json(nlohmann::json& j, const AreaReliabilityDto& v) {
  j = {{"area", v.area}, {"customers", v.customers}, {"period_hours", v.period_hours}, {"customer_hours_lost", v.customer_hours_lost},
       {"customer_interruptions", v.customer_interruptions}, {"asai", v.asai}, {"asai_target", v.asai_target},
       {"meets_asai", v.meets_asai}, {"average_outage_hours", v.average_outage_hours},
       {"average_outage_count", v.average_outage_count}, {"meets_hours", v.meets_hours}, {"meets_count", v.meets_count},
       {"rule", v.rule}};
}
void from_json(const nlohmann::json& j, AreaReliabilityDto& v) {
  need(j, "area", v.area);
  need(j, "customers", v.customers);
  need(j, "period_hours", v.period_hours);
  need(j, "customer_hours_lost", v.customer_hours_lost);
  need(j, "customer_interruptions", v.customer_interruptions);
  need(j, "asai", v.asai);
  need(j, "asai_target", v.asai_target);
  need(j, "meets_asai", v.meets_asai);
  need(j, "average_outage_hours", v.average_outage_hours);
  need(j, "average_outage_count", v.average_outage_count);
  need(j, "meets_hours", v.meets_hours);
  need(j, "meets_count", v.meets_count);
  need(j, "rule", v.rule);
}

void to_json(nlohmann::json& j, const ReliabilityBody& v) {
  j = {{"from", v.from}, {"to", v.to}, {"customers", {{"urban", v.urban_customers}, {"rural", v.rural_customers}}},
       {"outages", v.outages}, {"rule", v.rule}, {"urban", v.urban}, {"rural", v.rural}};
}
void from_json(const nlohmann::json& j, ReliabilityBody& v) {
  need(j, "from", v.from);
  need(j, "to", v.to);
  nlohmann::json c;
  need(j, "customers", c);
  try {
    need(c, "urban", v.urban_customers);
    need(c, "rural", v.rural_customers);
  } catch (const DecodeError& e) {
    throw DecodeError("customers." + e.path, e.what());
  }
  need(j, "outages", v.outages);
  need(j, "rule", v.rule);
  need(j, "urban", v.urban);
  need(j, "rural", v.rural);
}

}  // namespace gp::dto
