#include "app/demo_operations.h"

#include "services/service_error.h"
#include "store/demo_state.h"

namespace gp::server {

using nlohmann::json;

void seed_demo_operations(AppContext& ctx, std::ostream& out) {
  auto& db = ctx.db.reader();
  if (!store::reserve_pool_empty(db)) return;
  const auto cc = store::users_with_role(db, gp::Role::command_center);
  const auto pm = store::users_with_role(db, gp::Role::project_manager);
  const auto admin = store::users_with_role(db, gp::Role::admin);
  const auto customers = store::users_with_role(db, gp::Role::customer);
  if (cc.empty()) return;
  Caller center{cc.front().id, gp::Role::command_center, "online"};
  Caller planner{pm.empty() ? cc.front().id : pm.front().id, pm.empty() ? gp::Role::command_center : gp::Role::project_manager, "online"};
  Caller lead{admin.empty() ? cc.front().id : admin.front().id, admin.empty() ? gp::Role::command_center : gp::Role::admin, "online"};
  const gp::Date today = gp::cst_date(ctx.clock.now());
  const std::string later = today.plus_days(120).iso();
  try {
    // rule R1: approvals from the government's project-approval system.
    const std::string csv =
        "approval_number,project_name,company,credit_code,address,capacity_kw,voltage_kv,industry,in_provincial_park,expected_date,contact_name,contact_phone\n"
        "2026-411526-36-03-000101,邾县新材料产业园一期,邾县新材料有限公司,91350100M000100Y43,邾县经开区纬二路8号,2000,10,industrial,true," + later + ",王堃,13803751234\n"
        "2026-411526-52-01-000102,城南商贸综合体,邾县城南商贸有限公司,91350100M000100Y43,邾县城关镇人民路100号,120,0.38,commercial,false,,,\n"
        "2026-411526-44-02-000103,邾县冷链物流中心,邾县鑫源物流有限公司,91350100M000100Y43,邾县东郊物流园3号,800,10,commercial,false," + later + ",马犇,13803751235\n"
        "2026-411526-38-03-000104,邾县光伏组件厂,邾县晶阳新能源有限公司,91350100M000100Y43,邾县经开区经三路16号,5000,35,industrial,true," + later + ",朱堃,13803751236\n";
    auto imported = ctx.reserve.import(center, "csv", csv);
    if (!imported.errors.empty()) {
      out << "demo: reserve import refused: " << imported.errors.front().message_en << "\n";
      return;
    }
    ctx.reserve.convert(center, "2026-411526-44-02-000103", json::object());  // rule R3: one already converted

    // rule R2: a consultation with only a business licence, answered.
    if (!customers.empty()) {
      Caller firm{customers.front().id, gp::Role::customer, "online"};
      auto c = ctx.consultations.create(firm, {{"company", "邾县精工机械有限公司"}, {"credit_code", "91350100M000100Y43"}, {"capacity_kw", 630},
                                               {"voltage_kv", 10}, {"address", "邾县经开区纬二路6号"}, {"asset_transfer", true}});
      ctx.consultations.reply(planner, c.at("id").get<std::int64_t>(),
                              {{"opinion", "建议由经开区2号开闭所10千伏间隔接入；移交工程图纸请在线提交预审。"}});
      ctx.consultations.create(firm, {{"company", "邾县精工机械有限公司"}, {"credit_code", "91350100M000100Y43"}, {"capacity_kw", 1250},
                                      {"voltage_kv", 10}, {"address", "邾县经开区纬二路6号（二期）"}});
    }

    // rule R4: open capacity by area and feeder.
    struct Feeder { const char* area; const char* name; double kv, capacity, available; };
    const Feeder feeders[] = {{"城关镇", "10kV城关一线", 10, 8000, 2500}, {"城关镇", "10kV城关二线", 10, 6000, 4000},
                              {"经开区", "10kV经开一线", 10, 10000, 1000}, {"经开区", "35kV经开变2号间隔", 35, 31500, 12000},
                              {"东郊镇", "10kV东郊线", 10, 5000, 3500}, {"北关乡", "10kV北关线", 10, 4000, 2800}};
    for (const auto& f : feeders)
      ctx.capacity.upsert(planner, {{"area", f.area}, {"feeder", f.name}, {"voltage_kv", f.kv}, {"capacity_kva", f.capacity},
                                    {"available_kva", f.available}, {"note", "可开放容量（演示数据）"}});

    // rule G5: customers per area and outages of the last months.
    ctx.reliability.set_customers(lead, {{"urban", 42000}, {"rural", 118000}});
    std::string outages = "area,start,end,customers_affected,feeder,cause\n";
    const struct { int days_ago; const char* area; int hour, minutes, customers; const char* feeder; const char* cause; } list[] = {
        {80, "urban", 9, 90, 1200, "10kV城关一线", "计划检修"}, {52, "rural", 14, 240, 3500, "10kV北关线", "雷击跳闸"},
        {33, "urban", 22, 45, 800, "10kV城关二线", "外力破坏"}, {21, "rural", 8, 360, 2200, "10kV东郊线", "计划检修"},
        {9, "rural", 16, 120, 900, "10kV北关线", "树障"}};
    for (const auto& o : list) {
      const gp::Instant start = gp::cst_midnight(today.plus_days(-o.days_ago)) + o.hour * 3600;
      outages += std::string(o.area) + "," + gp::format_datetime_cst(start) + "," + gp::format_datetime_cst(start + o.minutes * 60) + "," +
                 std::to_string(o.customers) + "," + o.feeder + "," + o.cause + "\n";
    }
    auto r = ctx.reliability.import_csv(center, outages);
    if (!r.errors.empty()) out << "demo: outages refused: " << r.errors.front().message_en << "\n";
    out << "  reserve pool: 4 projects (1 converted); capacity: 6 feeders; outages: " << r.imported << "\n";
  } catch (const ServiceError& e) {
    out << "demo: operations data stopped: " << e.error().message_en << "\n";
  }
}

}  // namespace gp::server
