#include "app/demo_cases.h"

#include "services/service_error.h"
#include "store/applications.h"
#include "store/cases.h"

namespace gp::server {

using nlohmann::json;

void seed_demo_cases(AppContext& ctx, std::ostream& out) {
  auto& db = ctx.db.reader();
  std::int64_t existing = 0;
  store::CaseQuery any;
  any.kinds = {"complaint", "report", "opinion", "suggestion"};
  any.limit = 1;
  store::list_cases(db, any, &existing);
  if (existing > 0) return;
  const auto cc = store::users_with_role(db, gp::Role::command_center);
  const auto cms = store::users_with_role(db, gp::Role::customer_manager);
  const auto pms = store::users_with_role(db, gp::Role::project_manager);
  const auto dis = store::users_with_role(db, gp::Role::discipline_inspector);
  const auto customers = store::users_with_role(db, gp::Role::customer);
  if (cc.empty() || cms.size() < 2 || pms.empty() || dis.empty() || customers.size() < 3) return;
  // The demo's own clock, so cases can be dated in the past (their limits in warning or overdue).
  Clock clock;
  clock.make_settable();
  Env env{ctx.db, clock, ctx.calendar, ctx.config, ctx.notifier};
  ApplicationService apps(env);
  CaseService cases(env);
  CallbackService callbacks(env, apps, cases);
  const gp::Instant now = ctx.clock.now();
  const Caller center{cc.front().id, gp::Role::command_center, "online"};
  const Caller inspector{dis.front().id, gp::Role::discipline_inspector, "online"};
  auto customer = [&](std::size_t i) { return Caller{customers[i].id, gp::Role::customer, "online"}; };
  auto staff = [](const store::User& u) { return Caller{u.id, u.role, "online"}; };
  auto at = [&](double hours_ago) { clock.set(now - static_cast<gp::Instant>(hours_ago * 3600)); };
  auto number_of = [](const json& c) { return c.at("number").get<std::string>(); };
  int n = 0;
  try {
    // Closed, founded, traced to department, team and person, rated (rule M6).
    at(24 * 6);
    auto c1 = cases.submit(customer(0), "online", {{"kind", "complaint"}, {"category", "extra_documents"},
                                                   {"text", "办理低压居民新装时，工作人员要求额外提供房屋平面图和村委会证明。"}});
    cases.assign(center, number_of(c1), {{"department", "marketing"}, {"assignee", cms[0].id}});
    at(24 * 5);
    cases.answer(staff(cms[0]), number_of(c1), {{"answer", "经核实，确有额外要求资料的情况，已向客户致歉并撤回要求，按两证办理。"}});
    at(24 * 5 - 2);
    cases.close(center, number_of(c1), {{"founded", true}, {"note", "查实，纳入当月考核"}, {"responsible_department", "marketing"},
                                        {"responsible_team", "城关供电所"}, {"responsible_person", cms[0].id}});
    at(24 * 4);
    cases.rate(customer(0), number_of(c1), {{"score", 4}, {"comment", "处理及时"}});
    // Received, waiting for the command center.
    at(3);
    cases.submit(customer(1), "online", {{"kind", "opinion"}, {"category", "channels"}, {"text", "手机上查询进度时希望能看到客户经理的联系电话。"}});
    // Assigned 4 days ago: past the company's 72-hour limit (overdue).
    at(24 * 4);
    auto c3 = cases.submit(std::nullopt, "online", {{"kind", "suggestion"}, {"category", "power_quality"}, {"contact_phone", "13903752001"},
                                                    {"text", "建议东郊镇在用电高峰期加强线路巡视，傍晚电压偏低。"}});
    cases.assign(center, number_of(c3), {{"department", "equipment"}, {"assignee", pms[0].id}});
    // Taken by phone, assigned 60 hours ago (in warning).
    at(61);
    auto c4 = cases.submit(center, "online", {{"kind", "complaint"}, {"category", "service_attitude"}, {"contact_phone", "13903752002"},
                                              {"contact_name", "马先生"}, {"text", "来电反映营业厅窗口人员解释不耐心。"}});
    at(60);
    cases.assign(center, number_of(c4), {{"department", "marketing"}, {"assignee", cms[1].id}});
    // Answered, waiting to be closed.
    at(30);
    auto c5 = cases.submit(customer(2), "online", {{"kind", "complaint"}, {"category", "progress"}, {"text", "申请已经三天了还没有人联系我勘察。"}});
    cases.assign(center, number_of(c5), {{"department", "marketing"}, {"assignee", cms[1].id}});
    at(20);
    cases.answer(staff(cms[1]), number_of(c5), {{"answer", "客户经理已联系客户，约定明日上午现场勘察。"}});
    n += 5;
    // Reports (举报) for the discipline inspector only: one named, one anonymous.
    at(26);
    auto r1 = cases.submit(customer(2), "online", {{"kind", "report"}, {"category", "bribery"},
                                                   {"text", "演示数据：反映某施工人员暗示收取“加急费”。"}});
    cases.assign(inspector, number_of(r1), {{"department", "marketing"}, {"assignee", dis.front().id}});
    at(5);
    cases.submit(std::nullopt, "online", {{"kind", "report"}, {"category", "private_approval"}, {"anonymous", true},
                                          {"text", "演示数据：匿名反映办电需先找所长签字。"}});
    n += 2;
    // Call-backs after energizing (rule M5): one satisfied, one contradicting the record.
    store::ApplicationQuery done;
    done.status = "completed";
    done.sort = "newest";
    done.limit = 2;
    std::int64_t total = 0;
    const auto energized = store::list_applications(ctx.db.reader(), done, &total);
    at(1);
    if (!energized.empty())
      callbacks.record(center, {{"application_number", energized[0].number}, {"reached", true}, {"satisfied", true}});
    if (energized.size() > 1)
      callbacks.record(center, {{"application_number", energized[1].number}, {"reached", true}, {"satisfied", false},
                                {"said", {{"extra_document", true}}}, {"other", "客户称勘察时被要求补交户口本复印件。"}});
    out << "  customer requests: " << n << " (2 reports for the discipline inspector); call-backs: " << std::min<std::size_t>(energized.size(), 2)
        << "\n";
  } catch (const ServiceError& e) {
    out << "demo: customer requests stopped: " << e.error().message_en << "\n";
  }
}

}  // namespace gp::server
