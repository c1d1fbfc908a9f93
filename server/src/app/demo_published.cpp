#include "app/demo_published.h"

#include <cstdio>

#include "services/service_error.h"
#include "store/demo_state.h"
#include "store/users.h"

namespace gp::server {
namespace {

// A small, well-formed one-page PDF (ASCII text) so the demo's attachments open in any viewer.
std::string demo_pdf(const std::string& line) {
  const std::string stream = "BT /F1 18 Tf 72 720 Td (" + line + ") Tj ET";
  std::vector<std::string> objs = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    char b[24];
    std::snprintf(b, sizeof b, "%010zu 00000 n \n", off);
    pdf += b;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

void seed_demo_published(AppContext& ctx, std::ostream& out) {
  auto& db = ctx.db.reader();
  const auto cc = store::users_with_role(db, gp::Role::command_center);
  if (cc.empty() || ctx.contractors.list("", "", "", 1, 1).total > 0) return;
  const Caller center{cc.front().id, gp::Role::command_center, "online"};
  const gp::Date today = gp::cst_date(ctx.clock.now());
  const std::string from = today.plus_days(-700).iso();
  const std::string until = today.plus_days(900).iso();
  const std::string expired = today.plus_days(-12).iso();   // shown expired (rule P3)
  const std::string expiring = today.plus_days(12).iso();   // within the company's 30 days
  const std::string code = "91350100M000100Y43";
  try {
    // rule P3: design, construction (承装/承修/承试) and test units, as staff import them.
    const std::string csv =
        "kind,categories,name,credit_code,licence_number,licence_class,scope,valid_from,valid_until,county,phone\n"
        "design,,邾县电力勘察设计院有限公司," + code + ",A141012345,乙级,电力行业（送电工程、变电工程）专业乙级," + from + "," + until + ",邾县,0371-62310001\n"
        "design,,中州电力设计咨询有限公司," + code + ",A241067890,甲级,电力行业甲级," + from + "," + until + ",郑州市,0371-65550002\n"
        "construction,承装|承修|承试,邾县送变电工程有限公司," + code + ",(承装)2-1-00088-2023,二级,110千伏及以下电力设施的安装、维修和试验," + from + "," + until + ",邾县,0371-62310003\n"
        "construction,承装|承修,邾县宏达电力安装有限公司," + code + ",(承装)4-1-00321-2022,四级,10千伏及以下电力设施的安装、维修," + from + "," + expiring + ",城关镇,13803751001\n"
        "construction,承装,邾县城南电气工程有限公司," + code + ",(承装)5-1-00456-2021,五级,0.4千伏及以下电力设施的安装," + from + "," + expired + ",城南乡,13803751002\n"
        "construction,承修|承试,邾县恒通电力工程有限公司," + code + ",(承修)3-1-00777-2024,三级,35千伏及以下电力设施的维修、试验," + from + "," + until + ",经开区,0371-62310004\n"
        "construction,承装|承修|承试,豫东电力建设有限公司," + code + ",(承装)1-1-00012-2020,一级,各电压等级电力设施的安装、维修和试验," + from + "," + until + ",商丘市,0370-3330005\n"
        "test,,邾县电力试验研究所," + code + ",(承试)3-1-00901-2023,三级,35千伏及以下电力设施的试验," + from + "," + until + ",邾县,0371-62310006\n"
        "test,,中原电气试验检测有限公司," + code + ",(承试)2-1-00902-2022,二级,110千伏及以下电力设施的试验," + from + "," + until + ",郑州市,0371-65550007\n"
        "construction,承装,邾县乡村电工服务有限公司," + code + ",(承装)5-1-00999-2025,五级,0.4千伏及以下电力设施的安装," + from + "," + until + ",邾集镇,13803751003\n";
    auto imported = ctx.contractors.import_csv(center, csv);
    if (!imported.errors.empty()) out << "demo: contractors not imported: " << imported.errors.front().message_en << std::endl;

    // rule P3: one version of each published document, two of the tariff policy.
    ctx.publications.publish(center, "tariff_policy", "电价电费政策（2025 版）",
                             "居民生活用电实行阶梯电价：第一档每月 180 千瓦时及以下 0.56 元/千瓦时……\n（本版已由 2026 版替代，仅供工作人员查阅。）",
                             {{"tariff-2025.pdf", demo_pdf("Tariff policy 2025")}});
    ctx.publications.publish(center, "tariff_policy", "电价电费政策（2026 版）",
                             "一、居民生活用电：阶梯电价，第一档每月 180 千瓦时及以下 0.56 元/千瓦时，第二档 181–260 千瓦时 0.61 元/千瓦时，第三档 0.86 元/千瓦时。\n"
                             "二、工商业用电：执行分时电价，峰谷比按省发展改革委规定。\n三、农业生产用电：0.48 元/千瓦时。",
                             {{"tariff-2026.pdf", demo_pdf("Tariff policy 2026")}});
    ctx.publications.publish(center, "fee_list", "业扩报装收费项目及标准",
                             "业扩报装全过程不收取任何服务费（规则 F1）。\n用户工程的设计、施工、试验由客户自主选择具备资质的单位，供电公司不指定。",
                             {});
    ctx.publications.publish(center, "typical_design", "典型设计及工程造价参考手册（2026 版）",
                             "收录 10 千伏及以下用户工程典型设计方案 24 种，附各方案的工程量及参考造价，供客户选择设计、施工单位时比价参考。",
                             {{"typical-designs-2026.pdf", demo_pdf("Typical designs and cost reference 2026")}});
    ctx.publications.publish(center, "procedures", "办电流程及时限",
                             "低压居民：申请受理、装表接电两个环节，合计不超过 5 个工作日；低压非居民：合计不超过 15 个工作日；高压单电源：合计不超过 16 个工作日（不含配套工程）。",
                             {});
    ctx.publications.publish(center, "supervision", "监督电话（7×24 小时）",
                             "对办电服务有任何意见或发现违规行为，请拨打 95598（7×24 小时）。", {});
    out << "demo: " << imported.imported << " contractors (one expired, one expiring) and 6 published versions (rule P3)" << std::endl;
  } catch (const ServiceError& e) {
    out << "demo: published information not seeded: " << e.what() << std::endl;
  }
}

}  // namespace gp::server
