// Words every screen shares: the app's name, navigation, buttons, connection state.
#include "state/strings.h"

namespace state {
namespace {
constexpr StringEntry kEntries[] = {
    {"app.title", "阳光业扩一站通", "GetPower One-Stop Service"},
    {"app.company", "国网邾县供电公司", "State Grid Zhu County Power Supply Company"},
    {"app.page_title", "国网邾县供电公司 · 阳光业扩一站通", "State Grid Zhu County Power Supply · GetPower"},
    {"app.short_title", "邾县供电 · 阳光业扩", "Zhu County · GetPower"},
    {"app.lang", "English", "中文"},
    {"nav.home", "首页", "Home"},
    {"nav.track", "查询进度", "Track"},
    {"nav.reserve", "预约办电", "Reserve"},
    {"nav.managers", "客户经理", "Managers"},
    {"nav.my", "我的申请", "My applications"},
    {"nav.apply", "我要办电", "Apply"},
    {"nav.inbox", "消息", "Messages"},
    {"nav.queue", "工作台", "Work queue"},
    {"nav.intake", "代客受理", "Hall intake"},
    {"nav.reservations", "预约工单", "Reservations"},
    {"nav.board", "指挥中心", "Command center"},
    {"nav.indicators", "指标分析", "Indicators"},
    {"nav.reserve_pool", "储备项目", "Reserve projects"},
    {"nav.capacity", "可开放容量", "Open capacity"},
    {"nav.admin", "系统管理", "Administration"},
    {"nav.login", "登录", "Log in"},
    {"nav.register", "注册", "Register"},
    {"nav.logout", "退出", "Log out"},
    {"nav.menu", "菜单", "Menu"},
    {"nav.back", "返回", "Back"},
    {"common.loading", "正在加载…", "Loading…"},
    {"common.submit", "提交", "Submit"},
    {"common.cancel", "取消", "Cancel"},
    {"common.save", "保存", "Save"},
    {"common.retry", "重试", "Retry"},
    {"common.refresh", "刷新", "Refresh"},
    {"common.days_n", "{0} 个工作日", "{0} working days"},
    {"common.none", "无", "None"},
    {"common.yes", "是", "Yes"},
    {"common.no", "否", "No"},
    {"common.connection_lost", "网络连接中断，正在重试…（已填写的内容不会丢失）", "Connection lost, retrying… (nothing you typed is lost)"},
    {"common.session_expired", "登录已过期，请重新登录", "Your session has expired; please log in again"},
    {"common.supervision", "监督电话 {0}（7×24小时）", "Supervision phone {0} (7x24)"},
    {"common.unread", "{0} 条未读", "{0} unread"},
    {"common.coming", "该功能正在建设中。", "This screen is being built."},
    {"common.not_allowed", "您的账号无权使用此功能。", "Your account may not use this screen."},
    {"common.need_login", "请先登录。", "Please log in first."},
    {"common.error", "出错了：{0}", "Something went wrong: {0}"},
};
}  // namespace
extern const StringChunk kStringsCommon{kEntries, sizeof(kEntries) / sizeof(kEntries[0])};
}  // namespace state
