// Issue 11, rule P3: the published information — the contractor directory (资质信息公开) and the
// published documents (公开信息), public and staff.
#include "state/strings.h"

namespace state {
namespace {
constexpr StringEntry kEntries[] = {
    {"nav.published", "资质查询 / 公开信息", "Contractors & published info"},
    {"published.title", "资质查询 / 公开信息", "Qualified contractors & published information"},
    {"published.intro", "客户可自主选择具备资质的设计、施工、试验单位，供电公司不指定。以下信息公开，无需登录。",
     "Choose any qualified design, construction or test contractor yourself; the company never designates one. No login needed."},
    {"published.tab_contractors", "资质查询", "Contractors"},
    {"published.tab_documents", "公开信息", "Published information"},
    {"published.kind_all", "全部", "All"},
    {"published.kind_design", "设计单位", "Design"},
    {"published.kind_construction", "施工单位", "Construction"},
    {"published.kind_test", "试验单位", "Test"},
    {"published.cat_install", "承装", "install"},
    {"published.cat_repair", "承修", "repair"},
    {"published.cat_test", "承试", "test"},
    {"published.name", "单位名称", "Name"},
    {"published.name_hint", "名称、许可证编号或信用代码", "Name, licence number or credit code"},
    {"published.county", "地区", "Area"},
    {"published.county_hint", "如：邾县、城关镇", "e.g. 邾县"},
    {"published.search", "查询", "Search"},
    {"published.none", "没有符合条件的单位", "No contractor matches"},
    {"published.count", "共 {0} 家（按 {1} 判断资质状态）", "{0} found (status as of {1})"},
    {"published.licence", "许可证编号", "Licence"},
    {"published.class", "等级", "Class"},
    {"published.scope", "许可范围", "Scope"},
    {"published.valid", "有效期", "Valid"},
    {"published.credit_code", "统一社会信用代码", "Credit code"},
    {"published.phone", "联系电话", "Phone"},
    {"published.status", "资质状态", "Status"},
    {"published.kind", "类别", "Kind"},
    {"published.status_valid", "有效", "Valid"},
    {"published.status_expiring", "即将到期（{0} 天后）", "Expiring (in {0} days)"},
    {"published.status_expired", "已过期", "Expired"},
    {"published.status_withdrawn", "已失效", "Withdrawn"},
    {"published.status_not_yet", "尚未生效", "Not yet valid"},
    {"published.expiring_note", "“即将到期”为到期前 {0} 天内（公司设定，非政策规定）。",
     "\"Expiring\" means within {0} days of the end date (company setting, not policy)."},
    {"published.docs_none", "暂无公开信息", "Nothing published yet"},
    {"published.version", "第 {0} 版 · {1} 发布", "Version {0} · published {1}"},
    {"published.read", "查看全文", "Read"},
    {"published.close", "收起", "Close"},
    {"published.attachments", "附件", "Attachments"},
    {"published.doc_tariff_policy", "电价电费政策", "Tariff policy"},
    {"published.doc_fee_list", "收费项目及标准", "Fee list"},
    {"published.doc_typical_design", "典型设计及工程造价参考手册", "Typical designs and cost reference"},
    {"published.doc_procedures", "办电流程及时限", "Procedures and time limits"},
    {"published.doc_supervision", "监督电话（7×24）", "Supervision phone (7x24)"},
};
}  // namespace
extern const StringChunk kStringsPublished{kEntries, sizeof(kEntries) / sizeof(kEntries[0])};
}  // namespace state
