#include "app/demo_cost.h"

#include "services/service_error.h"
#include "store/rental_packages.h"
#include "store/users.h"

namespace gp::server {

using nlohmann::json;

void seed_demo_cost(AppContext& ctx, std::ostream& out) {
  auto& db = ctx.db.reader();
  if (!store::list_rental_packages(db, true).empty()) return;
  const auto cc = store::users_with_role(db, gp::Role::command_center);
  const auto cm = store::users_with_role(db, gp::Role::customer_manager);
  const auto customers = store::users_with_role(db, gp::Role::customer);
  if (cc.empty() || customers.size() < 3) return;
  Caller center{cc.front().id, gp::Role::command_center, "online"};
  Caller manager = cm.empty() ? center : Caller{cm.front().id, gp::Role::customer_manager, "online"};
  Caller a{customers[0].id, gp::Role::customer, "online"}, b{customers[1].id, gp::Role::customer, "online"},
      c{customers[2].id, gp::Role::customer, "online"};
  try {
    auto pkg = [&](const char* name, double kva, double monthly, double deposit, int months) {
      return ctx.rental_packages.create(center, {{"name", name}, {"capacity_kva", kva}, {"monthly_price_yuan", monthly},
                                                 {"deposit_yuan", deposit}, {"min_term_months", months}});
    };
    pkg("施工临电 · 100 kVA 箱变", 100, 3200, 10000, 3);
    const json mid = pkg("施工临电 · 250 kVA 箱变", 250, 5800, 20000, 3);
    pkg("大型工地 · 630 kVA 箱变", 630, 11800, 50000, 6);

    auto equipment = [](std::initializer_list<std::tuple<const char*, int, double>> items) {
      json a = json::array();
      for (const auto& [k, n, kw] : items) a.push_back({{"kind", k}, {"count", n}, {"kw_each", kw}});
      return a;
    };
    const json shop = ctx.cost_consultations.create(a, {{"equipment", equipment({{"空调", 6, 3.5}, {"冷柜", 4, 1.5}, {"照明", 1, 8}})},
                                                         {"use", "commercial"}, {"voltage_kv", 0.38}, {"area", "城关镇"},
                                                         {"address", "邾县城关镇人民路56号"}, {"note", "新开超市，想知道报装多大容量"}});
    ctx.cost_consultations.answer(manager, shop.at("id").get<std::int64_t>(),
                                  {{"recommended_capacity_kva", 30}, {"standard_equipment", "低压计量箱 1 套、YJV22-4×35 进户电缆约 40 米"},
                                   {"cost_reference", "按《典型设计及工程造价参考手册》低压接入方案，客户侧工程约 1.2 万元（参考价）；办电不收取任何服务费。"}});
    ctx.cost_consultations.rate(a, shop.at("id").get<std::int64_t>(), {{"score", 5}, {"comment", "答复很清楚，省了跑营业厅"}});
    const json plant = ctx.cost_consultations.create(b, {{"equipment", equipment({{"注塑机", 8, 45}, {"空压机", 2, 37}, {"照明及办公", 1, 30}})},
                                                          {"use", "industrial"}, {"voltage_kv", 10}, {"area", "经开区"},
                                                          {"address", "邾县经开区纬三路18号"}, {"company", "邾县恒通塑业有限公司"},
                                                          {"credit_code", "91350100M000100Y43"}});
    ctx.cost_consultations.answer(center, plant.at("id").get<std::int64_t>(),
                                  {{"recommended_capacity_kva", 500}, {"standard_equipment", "10 千伏箱式变电站 1 座（500 kVA，S13 型）、10 千伏电缆进线"},
                                   {"cost_reference", "参照典型设计箱变方案，客户侧工程约 38 万元（参考价，以设计为准）。"}});
    ctx.cost_consultations.create(c, {{"equipment", equipment({{"烘干机", 4, 15}, {"水泵", 3, 7.5}})}, {"use", "agricultural"},
                                      {"voltage_kv", 0.38}, {"area", "北关乡"}, {"address", "邾县北关乡李庄村"}});

    // rule P4: a building site's temporary supply with the 250 kVA package.
    ctx.applications.create(c, {{"business", "temporary_supply"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 200},
                                {"voltage_kv", 0.38}, {"address", "邾县城关镇建设路工地"}, {"rental_package_id", mid.at("id")}});
    out << "  rule P4: 3 rental packages, 3 cost consultations (2 answered), 1 temporary supply with a package\n";
  } catch (const ServiceError& e) {
    out << "demo: cost consultation data stopped: " << e.error().message_en << "\n";
  }
}

}  // namespace gp::server
