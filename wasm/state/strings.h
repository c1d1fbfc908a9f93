// The one string table of the browser app: Simplified Chinese first, English second.
// Text is looked up by key ("apply.title"); the entries live in chunk files by area
// (strings_common.cpp, strings_public.cpp, strings_customer.cpp, strings_staff.cpp, ...) that
// strings.cpp gathers into one table — one table, so every screen shares words and a test checks
// every key is unique and has both languages. scripts/make-site.sh reads these files too: every
// character written here goes into the base font subset.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace state {

enum class Lang { Zh, En };

struct StringEntry {
  const char* key;
  const char* zh;
  const char* en;
};
struct StringChunk {
  const StringEntry* entries;
  std::size_t count;
};

// Text of `key` in the current language. An unknown key returns the key itself (visible, so a
// missing entry is noticed) — a test scans the sources for keys that are not in the table.
const char* tr(std::string_view key);
const char* tr(Lang lang, std::string_view key);
// The text with {0}, {1}, ... replaced by the arguments.
std::string trf(std::string_view key, std::initializer_list<std::string_view> args);

void set_language(Lang lang);
Lang language();
inline bool en() { return language() == Lang::En; }
// Pick by language: tr_pair("中文", "English").
inline const char* pick(const char* zh, const char* en_text) { return en() ? en_text : zh; }
inline const std::string& pick(const std::string& zh, const std::string& en_text) { return en() ? en_text : zh; }

// Every entry, in table order (for tests and to seed the font's glyph set).
std::size_t string_count();
const StringEntry& string_at(std::size_t index);
bool has_key(std::string_view key);

}  // namespace state
