#include "gp/works_contract.h"

#include <cstdio>

namespace gp {
namespace {
std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", v);
  return b;
}
}  // namespace

Date works_limit_date(const Calendar& cal, Instant start, int limit_working_days) {
  return cal.add_working_days(cst_date(start), limit_working_days < 0 ? 0 : limit_working_days).date;  // rule W1
}

Status check_works_agreed_date(const Calendar& cal, const WorksDateBounds& b, const Date& agreed, const Date& today,
                               const std::string& field) {
  if (agreed < today)
    return make_error("out_of_range", field, "约定完成日期不能早于今天", "the agreed date cannot be in the past");
  const Date limit = works_limit_date(cal, b.start, b.limit_working_days);
  if (agreed > limit)  // rule W1 inside W2: the agreement may shorten the limit, never lengthen it
    return make_error("beyond_works_limit", field,
                      "约定完成日期（" + agreed.iso() + "）晚于配套工程时限（" + std::to_string(b.limit_working_days) +
                          " 个工作日，至 " + limit.iso() + "）",
                      "the agreed date (" + agreed.iso() + ") is after the works' time limit (" +
                          std::to_string(b.limit_working_days) + " working days, until " + limit.iso() + ")");
  if (b.customer_completion)  // rule W2: never after the customer's own works
    return check_contract_date(agreed, *b.customer_completion, field);
  if (!b.plan_has_customer_works && b.intended_connection && agreed > *b.intended_connection)
    // rule W2 without customer works: the customer's intended connection date is their "completion".
    return make_error("contract_date_too_late", field,
                      "配套工程约定完成日期（" + agreed.iso() + "）不得晚于客户申请的接电日期（" + b.intended_connection->iso() + "）",
                      "the agreed completion date of the supporting works (" + agreed.iso() +
                          ") may not be later than the customer's intended connection date (" + b.intended_connection->iso() + ")");
  return std::nullopt;
}

Result<Date> parse_intended_connection_date(const std::string& iso, const Date& today, const std::string& field) {
  auto d = parse_date(iso);
  if (!d) return make_error("invalid", field, "期望接电日期应为 YYYY-MM-DD 格式的有效日期", "the intended connection date must be a real date YYYY-MM-DD");
  if (*d < today) return make_error("out_of_range", field, "期望接电日期不能早于今天", "the intended connection date cannot be in the past");
  if (*d > today.plus_days(3653))
    return make_error("out_of_range", field, "期望接电日期不能晚于十年之后", "the intended connection date must be within ten years");
  return *d;
}

bool works_breached(const WorksRecord& w, Instant now) {
  const Instant end_of_agreed_day = cst_midnight(w.agreed_completion.plus_days(1));
  return (w.done ? *w.done : now) >= end_of_agreed_day;
}

WorksDuties works_duties(const Plan& plan) {
  WorksDuties d;
  d.company = {
      {"负责投资建设产权分界点（" + plan.property_boundary.zh + "）以上的配套电网工程，并于约定日期前完成",
       "Builds and funds the supporting grid works up to the property boundary (" + plan.property_boundary.en +
           ") and completes them by the agreed date"},
      {"按时告知工程进度；不能按期完成时提前告知原因并承担违约责任",
       "Keeps the customer informed of progress; says why in advance if the date cannot be kept, and answers for the breach"},
      {"配套工程完成后及时组织接电，不向客户收取任何办电费用（规则 F1）",
       "Connects promptly once the works are done, charging the customer no service fee (rule F1)"}};
  d.customer = {
      {"负责产权分界点以下（客户侧）受电工程的建设，并不晚于其申报的完工日期完成",
       "Builds its own works below the property boundary (customer side) by the completion date it gave"},
      {"为配套工程提供施工场地、通道及必要的配合", "Gives the supporting works site access, passage and the cooperation they need"},
      {"受电工程完工后及时告知供电公司，以便竣工检验和送电",
       "Tells the company as soon as its own works are finished, for the completion inspection and energizing"}};
  return d;
}

std::string works_contract_text(const Plan& plan, const ContractParties& p, const std::vector<WorksRecord>& works,
                                const ServiceConfig& cfg) {
  const WorksDuties duties = works_duties(plan);
  std::string t;
  t += "配套电网工程服务契约\n";
  t += "契约编号：" + p.number + "-PT-" + std::to_string(works.size()) + "\n";
  t += "供电人：" + cfg.company_zh + "\n";
  t += "客户：" + p.customer_name + "\n";
  t += "用电地址：" + p.address + "\n";
  t += "签订日期：" + p.date_iso + "\n\n";
  t += "第一条 配套工程及约定完成时间（规则 W1、W2）：\n";
  for (std::size_t i = 0; i < works.size(); ++i) {
    const auto& w = works[i];
    t += "  " + std::to_string(i + 1) + ". " + num(w.item.voltage_kv) + " 千伏" + named(w.item.kind).zh + "，时限 " +
         std::to_string(w.limit_working_days) + " 个工作日，约定完成日期 " + w.agreed_completion.iso() + "。\n";
  }
  t += "第二条 供电人责任：\n";
  for (const auto& x : duties.company) t += "  — " + x.zh + "。\n";
  t += "第三条 客户责任：\n";
  for (const auto& x : duties.customer) t += "  — " + x.zh + "。\n";
  t += "第四条 配套工程完成时间不得晚于客户工程完成时间；逾期未完成即为供电人违约，并在服务监督中公开。\n";
  t += "第五条 本契约经客户在线签署后生效，签署内容以其哈希值为凭，不可更改。监督电话：" + cfg.supervision_phone + "（7×24小时）。\n\n";
  t += "Service contract for the supporting grid works (English translation for reference; the Chinese text prevails)\n";
  t += "Contract no.: " + p.number + "-PT-" + std::to_string(works.size()) + "\n";
  t += "Supplier: " + cfg.company_en + "\nCustomer: " + p.customer_name + "\nAddress: " + p.address + "\nDate: " + p.date_iso + "\n";
  t += "1. Supporting works and agreed completion dates (rules W1, W2):\n";
  for (std::size_t i = 0; i < works.size(); ++i) {
    const auto& w = works[i];
    t += "  " + std::to_string(i + 1) + ". " + num(w.item.voltage_kv) + " kV " + named(w.item.kind).en + ", limit " +
         std::to_string(w.limit_working_days) + " working days, agreed completion " + w.agreed_completion.iso() + ".\n";
  }
  t += "2. The supplier:\n";
  for (const auto& x : duties.company) t += "  - " + x.en + ".\n";
  t += "3. The customer:\n";
  for (const auto& x : duties.customer) t += "  - " + x.en + ".\n";
  t += "4. The supporting works are never completed after the customer's own works; missing the agreed date is the supplier's breach, made public in supervision.\n";
  t += "5. This contract takes effect when the customer signs it online; the signed text is identified by its hash and cannot change. Supervision phone: " +
       cfg.supervision_phone + " (7x24).\n";
  return t;
}

}  // namespace gp
