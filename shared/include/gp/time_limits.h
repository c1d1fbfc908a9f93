// The plan's own time limits (rules T1–T5), in one place: the rules, the catalogue and the
// configuration's validation read them from here. The seed: "低压无配套工程项目、有配套工程项目分别在
// 2个、5个工作日内送电，低压小微企业在15个工作日内送电，10千伏及以上项目不含配套工程办电时长不超过16个工作日
// （重要用户不超过21个工作日）" and "重要客户设计审查和中间检查分别增加 3 个、2 个工作日办理时长".
// How a total is split between steps is NOT here: the seed cites a guide it does not include, so the
// split is a company setting (ServiceConfig::stage_split, rule T6).
#pragma once
#include <vector>

namespace gp {

namespace policy {
constexpr int kT1 = 2;                 // LV without supporting works
constexpr int kT2 = 5;                 // LV with supporting works
constexpr int kT3 = 15;                // LV small/micro enterprise
constexpr int kT4 = 16;                // 10 kV and above, supporting works excluded
constexpr int kT5DesignReview = 3;     // important customers: design review +3
constexpr int kT5MidInspection = 2;    // important customers: mid-term inspection +2
constexpr int kT5 = 21;                // important customers in all
static_assert(kT4 + kT5DesignReview + kT5MidInspection == kT5, "rule T5: 16 + 3 + 2 = 21");
}  // namespace policy

struct PolicyLimit {
  const char* rule;  // "T1".."T5"
  int working_days;
  const char* zh;
  const char* en;
};
// The five totals, in rule order (published by the catalogue).
const std::vector<PolicyLimit>& policy_limits();

}  // namespace gp
