#include "state/strings.h"

namespace state {

namespace {

struct Entry {
  const char* zh;
  const char* en;
};

// Indexed by Str. scripts/make-site.sh also reads this file: every non-ASCII character here is
// put into the base font subset, so the first screen never waits for a font slice.
constexpr Entry kTable[] = {
    {"阳光业扩一站通", "GetPower One-Stop Service"},
    {"国网邾县供电公司", "State Grid Zhuxian Power Supply Company"},
    {"国网邾县供电公司 · 阳光业扩一站通", "State Grid Zhuxian Power Supply · GetPower"},
    {"English", "中文"},
    {"业务指南", "Guide"},
    {"办理流程", "Process"},
    {"所需资料", "Documents"},
    {"收费标准", "Fees"},
    {"低压居民用电、低压非居民用电、高压用电的新装与增容，均可在线申请，全程可查。",
     "New connections and capacity increases, low or high voltage, can be applied for online and "
     "tracked at every step."},
    {"申请受理 → 现场勘查 → 供电方案答复 → 装表接电。", "Application → site survey → supply plan → meter and connection."},
    {"居民：身份证明、房屋产权证明。企业：营业执照、产权证明、授权委托书。",
     "Residents: identity document, proof of property. Companies: business licence, proof of "
     "property, letter of authorization."},
    {"低压居民新装不收取任何费用。", "Low-voltage residential connections are free of charge."},
    {"联系电话", "Mobile phone"},
    {"11 位手机号码", "11-digit mobile number"},
    {"联系人姓名", "Contact name"},
    {"如：张堃", "e.g. Zhang Kun"},
    {"提交", "Submit"},
    {"信息格式正确。", "The details look right."},
    {"正在加载…", "Loading…"},
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<std::size_t>(Str::Count_),
              "one entry per Str");

Lang g_lang = Lang::Zh;

}  // namespace

const char* tr(Lang lang, Str id) {
  const auto i = static_cast<std::size_t>(id);
  if (i >= static_cast<std::size_t>(Str::Count_)) return "";
  return lang == Lang::En ? kTable[i].en : kTable[i].zh;
}

const char* tr(Str id) { return tr(g_lang, id); }

void set_language(Lang lang) { g_lang = lang; }
Lang language() { return g_lang; }

const char* raw(Lang lang, std::size_t index) {
  return index < static_cast<std::size_t>(Str::Count_) ? tr(lang, static_cast<Str>(index)) : nullptr;
}

}  // namespace state
