#include "state/managers_state.h"

#include <algorithm>
#include <cstdio>

#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

std::vector<ManagerRow> parse_managers(const nlohmann::json& reply) {
  std::vector<ManagerRow> out;
  if (!reply.is_object() || !reply.contains("managers") || !reply.at("managers").is_array()) return out;
  for (const auto& m : reply.at("managers")) {
    ManagerRow r;
    r.id = m.value("id", 0LL);
    r.name = jstr(m, "name");
    r.phone = jstr(m, "phone");
    r.title = jtext(m, "title");
    r.handled = m.value("handled", 0);
    r.ratings = m.value("ratings", 0);
    r.open = m.value("open", 0);
    if (m.contains("average_working_days") && m.at("average_working_days").is_number()) r.average_days = m.at("average_working_days").get<double>();
    if (m.contains("satisfaction") && m.at("satisfaction").is_number()) r.satisfaction = m.at("satisfaction").get<double>();
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<ManagerRow> sorted_managers(const std::vector<ManagerRow>& rows, ManagerSort sort) {
  std::vector<ManagerRow> v = rows;
  switch (sort) {
    case ManagerSort::Listed: break;
    case ManagerSort::Satisfaction:
      std::stable_sort(v.begin(), v.end(), [](const ManagerRow& a, const ManagerRow& b) {
        return a.satisfaction.value_or(-1) > b.satisfaction.value_or(-1);
      });
      break;
    case ManagerSort::Load:
      std::stable_sort(v.begin(), v.end(), [](const ManagerRow& a, const ManagerRow& b) { return a.open < b.open; });
      break;
    case ManagerSort::Speed:
      std::stable_sort(v.begin(), v.end(), [](const ManagerRow& a, const ManagerRow& b) {
        return a.average_days.value_or(1e9) < b.average_days.value_or(1e9);
      });
      break;
  }
  return v;
}

std::string satisfaction_text(const ManagerRow& r) {
  if (!r.satisfaction) return tr("managers.no_ratings");
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", *r.satisfaction);
  return trf("managers.score", {b, std::to_string(r.ratings)});
}

std::string average_days_text(const ManagerRow& r) {
  return r.average_days ? working_days_text(*r.average_days) : std::string(tr("managers.none_yet"));
}

}  // namespace state
