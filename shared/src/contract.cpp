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
  t += "第三条 产权分界：" + plan.property_boundary.zh + "；" + plan.metering_point.zh + "。双方的运行维护管理及安全责任范围按产权归属划分。\n";
  t += "第四条 费用：" + fees_zh + "\n";
  t += "第五条 办电时限：供电人承诺在 " + std::to_string(plan.time_limit_working_days) + " 个工作日内完成其负责的环节（客户自身工程时间不计入）。\n";
  t += "第六条 停送电计划：" + std::string(named(plan.outage_plan).zh) + "。\n";
  t += "第七条 本合同经用电人在线签署后生效，签署内容以其哈希值为凭，不可更改。监督电话：" + cfg.supervision_phone + "（7×24小时）。\n\n";
  t += "Supply contract (English translation for reference; the Chinese text prevails)\n";
  t += "Contract no.: " + p.number + "-HT\n";
  t += "Supplier: " + cfg.company_en + "\nCustomer: " + p.customer_name + "\nAddress: " + p.address + "\nDate: " + p.date_iso + "\n";
  t += "1. Business: " + std::string(named(f.business).en) + ", customer type: " + named(f.customer_type).en + ".\n";
  t += "2. Supply: " + num(f.voltage_kv) + " kV, " + num(f.capacity_kw) + " kW.\n";
  t += "3. Property boundary: " + plan.property_boundary.en + "; " + plan.metering_point.en + ".\n";
  t += "4. Fees: " + fees_en + "\n";
  t += "5. Time limit: the supplier completes its steps within " + std::to_string(plan.time_limit_working_days) +
       " working days (the customer's own works are not counted).\n";
  t += "6. Outage/energizing plan: " + std::string(named(plan.outage_plan).en) + ".\n";
  t += "7. This contract takes effect when the customer signs it online; the signed text is identified by its hash and cannot change. Supervision phone: " +
       cfg.supervision_phone + " (7x24).\n";
  return t;
}

}  // namespace gp
