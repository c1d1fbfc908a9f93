// rule M7: work-ticket grabbing (see gp/grab.h).
#include "gp/grab.h"

namespace gp {

const Named& named(GrabRefusal r) {
  static const Named n[] = {
      {"not_a_customer_manager", "只有客户经理可以抢单", "only a customer manager may grab a work ticket"},
      {"account_disabled", "账号已停用", "the account is disabled"},
      {"not_in_pool", "该申请不在抢单池中", "this application is not offered to the pool"},
      {"already_taken", "已被他人抢到或已指派", "already taken by a colleague or assigned"},
      {"window_closed", "抢单时间已过，已自动指派", "the pool's window has closed; it is being assigned"},
      {"over_load_cap", "您的在办申请已达上限（公司设定）", "you hold the most open applications allowed (company setting)"},
  };
  return n[static_cast<int>(r)];
}

Instant pool_closes_at(Instant pooled_at, const GrabPolicy& p) { return pooled_at + static_cast<Instant>(p.window_minutes) * 60; }

std::optional<GrabRefusal> grab_refusal(const GrabAttempt& a, const GrabPolicy& p, Instant now) {
  if (!a.customer_manager) return GrabRefusal::not_a_customer_manager;
  if (a.disabled) return GrabRefusal::account_disabled;
  if (!a.in_pool && !a.has_customer_manager) return GrabRefusal::not_in_pool;
  if (a.has_customer_manager) return GrabRefusal::already_taken;  // first claim wins
  if (now >= pool_closes_at(a.pooled_at, p)) return GrabRefusal::window_closed;
  if (a.open_applications >= p.load_cap) return GrabRefusal::over_load_cap;
  return std::nullopt;
}

}  // namespace gp
