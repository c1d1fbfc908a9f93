#include "gp/contract.h"

#include "gp/fees.h"

#include <cstdio>

namespace gp {
namespace {
std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", v);
  return b;
}
}  // namespace

std::string supply_contract_text(const Plan& plan, const ContractParties& p, const ServiceConfig& cfg) {
  const Facts& f = plan.facts;
  std::string fees_zh = "无任何办电服务费（规则 F1）。";
  std::string fees_en = "No service fee of any kind (rule F1).";
  for (const auto& fee : plan.fees) {
    fees_zh += fee.name_zh + "：" + fee.basis_zh + "。";
    fees_en += " " + fee.name_en + ": " + fee.basis_en + ".";
  }
  if (p.high_reliability_fee_fen) {  // rule F1: the amount recorded with the supply plan
    fees_zh += "本合同高可靠性供电费金额：" + format_yuan(*p.high_reliability_fee_fen) + " 元。";
    fees_en += " Amount of the high-reliability supply fee: CNY " + format_yuan(*p.high_reliability_fee_fen) + ".";
  }
  // rule T4: for 10 kV and above the limit excludes the supporting works, which run on their own
  // clock (W1 limits, W2 agreed date); LV totals (T2, T3) include them.
  const bool excl = plan.high_voltage && is_connection_business(f.business);
  std::string works_zh, works_en;
  if (plan.supporting_works_limit_working_days > 0) {
    const std::string n = std::to_string(plan.supporting_works_limit_working_days);
    works_zh = "配套电网工程按配套工程建设时限（规则 W1）在 " + n + " 个工作日内完成" +
               (excl ? "，单独计时，完成时间以双方签订的服务契约约定为准（规则 W2）。" : "，已含在上述时限内。");
    works_en = " The grid-side supporting works are completed within " + n + " working days (rule W1)" +
               (excl ? ", on their own clock; their completion date is the one agreed in the works contract (rule W2)."
                     : ", included in the limit above.");
  }
  // rules I2/I6: for red-line connections, what the supplier funds at the boundary and the exemption.
  std::string boundary_zh, boundary_en;
  if (!plan.company_boundary_items.empty()) {
    std::string zh_items, en_items;
    for (std::size_t i = 0; i < plan.company_boundary_items.size(); ++i) {
      zh_items += (i ? "、" : "") + plan.company_boundary_items[i].zh;
      en_items += (i ? "; " : "") + plan.company_boundary_items[i].en;
    }
    boundary_zh = "供电人投资建设产权分界点及以上电网侧供电设施，包括" + zh_items + "（规则 I6）。";
    boundary_en = " The supplier funds the grid-side facilities at and above the property boundary, including: " + en_items + " (rule I6).";
    if (!plan.boundary_switch_exemption.code.empty()) {
      boundary_zh += plan.boundary_switch_exemption.zh + "。";
      boundary_en += " " + plan.boundary_switch_exemption.en + ".";
    }
  }
  std::string t;
  t += "供用电合同\n";
  t += "合同编号：" + p.number + "-HT\n";
  t += "供电人：" + cfg.company_zh + "\n";
  t += "用电人：" + p.customer_name + "\n";
  t += "用电地址：" + p.address + "\n";
  t += "联系电话：" + p.contact_phone + "\n";
  t += "签订日期：" + p.date_iso + "\n\n";
  t += "第一条 用电业务：" + std::string(named(f.business).zh) + "，客户类型：" + named(f.customer_type).zh + "。\n";
  t += "第二条 供电方式：供电电压 " + num(f.voltage_kv) + " 千伏，用电容量 " + num(f.capacity_kw) + " 千瓦。\n";
  t += "第三条 产权分界：" + plan.property_boundary.zh + "；" + plan.metering_point.zh + "。双方的运行维护管理及安全责任范围按产权归属划分。" + boundary_zh + "\n";
  t += "第四条 费用：" + fees_zh + "\n";
  t += "第五条 办电时限：供电人承诺在 " + std::to_string(plan.time_limit_working_days) + " 个工作日内完成其负责的环节（客户自身工程时间不计入" +
       (excl ? "；不含配套工程建设时间" : "") + "）。" + works_zh + "\n";
  t += "第六条 停送电计划：" + std::string(named(plan.outage_plan).zh) + "（依据：" + plan.outage_plan_clause.zh + "，规则 O1）。\n";
  if (p.rental) {  // rule P4: the rental package, as an added clause before the last
    const RentalTerms& r = *p.rental;
    t += "第七条 临时变压器租赁（规则 P4）：" + r.name + "，变压器容量 " + num(r.capacity_kva) + " kVA，月租金 " +
         format_yuan(r.monthly_price_fen) + " 元，押金 " + format_yuan(r.deposit_fen) + " 元，最短租期 " +
         std::to_string(r.min_term_months) + " 个月；临时用电终止、变压器完好退还后押金全额退还。\n";
  }
  t += std::string(p.rental ? "第八条" : "第七条") + " 本合同经用电人在线签署后生效，签署内容以其哈希值为凭，不可更改。监督电话：" + cfg.supervision_phone + "（7×24小时）。\n\n";
  t += "Supply contract (English translation for reference; the Chinese text prevails)\n";
  t += "Contract no.: " + p.number + "-HT\n";
  t += "Supplier: " + cfg.company_en + "\nCustomer: " + p.customer_name + "\nAddress: " + p.address + "\nDate: " + p.date_iso + "\n";
  t += "1. Business: " + std::string(named(f.business).en) + ", customer type: " + named(f.customer_type).en + ".\n";
  t += "2. Supply: " + num(f.voltage_kv) + " kV, " + num(f.capacity_kw) + " kW.\n";
  t += "3. Property boundary: " + plan.property_boundary.en + "; " + plan.metering_point.en + "." + boundary_en + "\n";
  t += "4. Fees: " + fees_en + "\n";
  t += "5. Time limit: the supplier completes its steps within " + std::to_string(plan.time_limit_working_days) +
       " working days (the customer's own works are not counted" + (excl ? "; nor is the construction of the supporting works" : "") +
       ")." + works_en + "\n";
  t += "6. Outage/energizing plan: " + std::string(named(plan.outage_plan).en) + " (" + plan.outage_plan_clause.en + "; rule O1).\n";
  if (p.rental) {
    const RentalTerms& r = *p.rental;
    t += "7. Temporary transformer rental (rule P4): " + r.name + ", transformer " + num(r.capacity_kva) + " kVA, monthly rent CNY " +
         format_yuan(r.monthly_price_fen) + ", deposit CNY " + format_yuan(r.deposit_fen) + ", minimum term " +
         std::to_string(r.min_term_months) + " months; the deposit is returned in full when the temporary supply ends and the "
         "transformer is returned intact.\n";
  }
  t += std::string(p.rental ? "8" : "7") + ". This contract takes effect when the customer signs it online; the signed text is identified by its hash and cannot change. Supervision phone: " +
       cfg.supervision_phone + " (7x24).\n";
  return t;
}

}  // namespace gp
