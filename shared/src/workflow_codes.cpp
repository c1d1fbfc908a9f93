// Wire names of roles, statuses and stage states.
#include "gp/workflow.h"

namespace gp {

namespace {
const Named kRoles[] = {
    {"customer", "客户", "Customer"},
    {"customer_manager", "客户经理", "Customer manager"},
    {"project_manager", "项目经理", "Project manager"},
    {"command_center", "供电服务指挥中心", "Service command center"},
    {"admin", "系统管理员", "Administrator"},
    {"system", "系统", "System"},
    // rule M6: reports go to the discipline-inspection department.
    {"discipline_inspector", "纪检监察", "Discipline inspector"},
};
const char* kStatuses[] = {"in_progress", "waiting_customer", "completed", "withdrawn"};
}  // namespace

const Named& named(Role r) { return kRoles[static_cast<int>(r)]; }
const char* to_string(Role r) { return named(r).code; }
std::optional<Role> parse_role(std::string_view s) {
  for (int i = 0; i < 7; ++i)
    if (s == kRoles[i].code) return static_cast<Role>(i);
  return std::nullopt;
}
bool is_staff(Role r) { return r != Role::customer && r != Role::system; }

const char* to_string(AppStatus s) { return kStatuses[static_cast<int>(s)]; }
std::optional<AppStatus> parse_app_status(std::string_view s) {
  for (int i = 0; i < 4; ++i)
    if (s == kStatuses[i]) return static_cast<AppStatus>(i);
  return std::nullopt;
}

const char* to_string(StageState s) {
  switch (s) {
    case StageState::pending: return "pending";
    case StageState::active: return "active";
    case StageState::done: return "done";
  }
  return "pending";
}

}  // namespace gp
