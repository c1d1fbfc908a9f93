#include "state/strings.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace state {

// The chunks, one per area (defined in strings_<area>.cpp).
extern const StringChunk kStringsCommon;
extern const StringChunk kStringsPublic;
extern const StringChunk kStringsCustomer;
extern const StringChunk kStringsStaff;
extern const StringChunk kStringsPublished;  // issue 11, rule P3

namespace {

const StringChunk* const kChunks[] = {&kStringsCommon, &kStringsPublic, &kStringsCustomer, &kStringsStaff,
                                       &kStringsPublished};  // issue 11, rule P3

struct Table {
  std::vector<const StringEntry*> all;
  std::unordered_map<std::string_view, const StringEntry*> by_key;
  Table() {
    for (const StringChunk* c : kChunks)
      for (std::size_t i = 0; i < c->count; ++i) {
        all.push_back(&c->entries[i]);
        by_key.emplace(c->entries[i].key, &c->entries[i]);  // the first wins; a test rejects duplicates
      }
  }
};

const Table& table() {
  static const Table t;
  return t;
}

Lang g_lang = Lang::Zh;

}  // namespace

const char* tr(Lang lang, std::string_view key) {
  const auto& t = table();
  auto it = t.by_key.find(key);
  if (it == t.by_key.end()) {
    static thread_local std::string missing;
    missing = std::string(key);
    return missing.c_str();
  }
  return lang == Lang::En ? it->second->en : it->second->zh;
}

const char* tr(std::string_view key) { return tr(g_lang, key); }

std::string trf(std::string_view key, std::initializer_list<std::string_view> args) {
  std::string s = tr(key);
  std::size_t i = 0;
  for (auto a : args) {
    const std::string mark = "{" + std::to_string(i++) + "}";
    for (auto p = s.find(mark); p != std::string::npos; p = s.find(mark, p + a.size())) s.replace(p, mark.size(), a);
  }
  return s;
}

void set_language(Lang lang) { g_lang = lang; }
Lang language() { return g_lang; }

std::size_t string_count() { return table().all.size(); }
const StringEntry& string_at(std::size_t i) { return *table().all.at(i); }
bool has_key(std::string_view key) { return table().by_key.count(key) != 0; }

}  // namespace state
