#include "gp/fees.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gp {

Result<std::int64_t> high_reliability_fee_fen(double yuan, const std::string& field) {
  if (!std::isfinite(yuan) || yuan < 0 || yuan > kMaxHighReliabilityFeeYuan)
    return make_error("out_of_range", field, "高可靠性供电费应为 0 至 1 亿元之间的金额（元）",
                      "the high-reliability supply fee must be an amount in yuan from 0 to 100 million");
  const double fen = yuan * 100.0;
  const double rounded = std::round(fen);
  if (std::fabs(fen - rounded) > 1e-6 * std::max(1.0, fen))
    return make_error("invalid", field, "高可靠性供电费最多保留两位小数（元，精确到分）",
                      "the high-reliability supply fee has at most two decimals (yuan, to the fen)");
  return static_cast<std::int64_t>(rounded);
}

Error high_reliability_fee_not_applicable(const std::string& field) {
  return make_error("not_applicable", field, "仅双电源客户按政府规定收取高可靠性供电费，本申请不得收取任何费用（F1）",
                    "only dual-power customers pay the government-set high-reliability supply fee; this application is charged nothing (F1)");
}

std::string format_yuan(std::int64_t fen) {
  char b[40];
  const std::int64_t a = fen < 0 ? -fen : fen;
  std::snprintf(b, sizeof b, "%s%lld.%02lld", fen < 0 ? "-" : "", static_cast<long long>(a / 100), static_cast<long long>(a % 100));
  return b;
}

}  // namespace gp
