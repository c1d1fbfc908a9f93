#include "gp/reliability.h"

#include "gp/dto/reliability.h"

#include <algorithm>

#include "gp/csv.h"

namespace gp {

const char* to_string(Area a) { return a == Area::urban ? "urban" : "rural"; }

std::vector<AreaReliability> compute_reliability(const std::vector<OutageRecord>& outages, const Date& from, const Date& to,
                                                 long long urban_customers, long long rural_customers) {
  const Instant p0 = cst_midnight(from), p1 = cst_midnight(to.plus_days(1));
  std::vector<AreaReliability> out;
  for (Area area : {Area::urban, Area::rural}) {
    AreaReliability r;
    r.area = area;
    r.customers = area == Area::urban ? urban_customers : rural_customers;
    r.period_hours = static_cast<double>(p1 - p0) / 3600.0;
    for (const auto& o : outages) {
      if (o.area != area) continue;
      const Instant s = std::max(o.start, p0), e = std::min(o.end, p1);
      if (e <= s) continue;
      // An outage cannot cut off more customers than the area has (a record may say so by mistake).
      const long long affected = std::min(o.customers_affected, std::max(r.customers, 0LL));
      r.customer_hours_lost += static_cast<double>(affected) * static_cast<double>(e - s) / 3600.0;
      r.customer_interruptions += affected;
    }
    if (r.customers > 0) {
      // Overlapping records of the same customers (entered twice) could still lose more hours than
      // the period has: availability stays within [0, 1] (found by fuzzing).
      r.asai = std::clamp(1.0 - r.customer_hours_lost / (static_cast<double>(r.customers) * r.period_hours), 0.0, 1.0);
      r.average_outage_hours = r.customer_hours_lost / static_cast<double>(r.customers);
      r.average_outage_count = static_cast<double>(r.customer_interruptions) / static_cast<double>(r.customers);
    }
    // rule G5
    r.asai_target = area == Area::urban ? 0.99961 : 0.99804;
    r.meets_asai = r.asai >= r.asai_target;
    r.meets_hours = area == Area::rural || r.average_outage_hours <= 1.0;
    r.meets_count = area == Area::rural || r.average_outage_count <= 1.0;
    out.push_back(r);
  }
  return out;
}

Result<std::vector<OutageRecord>> parse_outages_csv(std::string_view text) {
  auto rows = parse_csv(text, 100000, 16);
  if (!rows) return rows.error();
  const auto& rs = rows.value();
  if (rs.empty()) return make_error("required", "file", "文件为空", "the file is empty");
  const std::vector<std::string> header = {"area", "start", "end", "customers_affected"};
  for (std::size_t i = 0; i < header.size(); ++i)
    if (rs[0].cells.size() <= i || rs[0].cells[i] != header[i])
      return make_error("invalid_header", "line 1", "第 1 行应为表头：area,start,end,customers_affected[,feeder,cause]",
                        "line 1 must be the header: area,start,end,customers_affected[,feeder,cause]");
  std::vector<OutageRecord> out;
  for (std::size_t i = 1; i < rs.size(); ++i) {
    const auto& r = rs[i];
    const std::string at = "line " + std::to_string(r.line);
    auto bad = [&](const std::string& col, const std::string& zh, const std::string& en) {
      return make_error("invalid", at + ": " + col, "第 " + std::to_string(r.line) + " 行 " + col + "：" + zh, at + ": " + col + " " + en);
    };
    if (r.cells.size() < 4 || r.cells.size() > 6) return bad("row", "应有 4–6 列", "must have 4 to 6 columns");
    OutageRecord o;
    if (r.cells[0] == "urban") o.area = Area::urban;
    else if (r.cells[0] == "rural") o.area = Area::rural;
    else return bad("area", "应为 urban 或 rural", "must be urban or rural");
    auto s = parse_datetime(r.cells[1]);
    if (!s) return bad("start", "应为带时区的时间", "must be a date-time with offset");
    auto e = parse_datetime(r.cells[2]);
    if (!e) return bad("end", "应为带时区的时间", "must be a date-time with offset");
    if (*e <= *s) return bad("end", "应晚于开始时间", "must be after start");
    if (*e - *s > 366LL * 86400) return bad("end", "停电时长超过一年", "outage longer than a year");
    const std::string& n = r.cells[3];
    if (n.empty() || n.size() > 9 || n.find_first_not_of("0123456789") != std::string::npos)
      return bad("customers_affected", "应为非负整数", "must be a non-negative integer");
    o.start = *s;
    o.end = *e;
    o.customers_affected = std::stoll(n);
    if (r.cells.size() > 4) o.feeder = r.cells[4];
    if (r.cells.size() > 5) o.cause = r.cells[5];
    out.push_back(o);
  }
  return out;
}

// The wire shape lives with the other bodies (gp/dto/reliability.h, issue 16).
void to_json(nlohmann::json& j, const AreaReliability& r) { j = dto::area_reliability_dto(r); }

}  // namespace gp
