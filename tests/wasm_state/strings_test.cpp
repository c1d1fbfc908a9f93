// The string table: every key unique, both languages present, every key used in the sources known.
#include "state/strings.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

TEST(Strings, EveryEntryHasBothLanguagesAndAUniqueKey) {
  std::set<std::string> keys;
  ASSERT_GT(state::string_count(), 10u);
  for (std::size_t i = 0; i < state::string_count(); ++i) {
    const auto& e = state::string_at(i);
    EXPECT_STRNE(e.zh, "") << e.key;
    EXPECT_STRNE(e.en, "") << e.key;
    EXPECT_TRUE(keys.insert(e.key).second) << "duplicate key " << e.key;
  }
}

TEST(Strings, CurrentLanguageAndFormatting) {
  state::set_language(state::Lang::Zh);
  EXPECT_NE(std::string(state::tr("app.company")).find("邾县"), std::string::npos);
  state::set_language(state::Lang::En);
  EXPECT_EQ(state::language(), state::Lang::En);
  EXPECT_EQ(std::string(state::tr("no.such.key")), "no.such.key");
  EXPECT_EQ(state::trf("common.days_n", {"3"}).find("3"), 0u);
  state::set_language(state::Lang::Zh);
}

// Every tr("...") / trf("...") key written in wasm/ exists in the table.
TEST(Strings, EveryKeyUsedInTheSourcesExists) {
  const std::filesystem::path root = std::filesystem::path(GP_SOURCE_DIR) / "wasm";
  const std::regex use(R"(\btrf?\(\s*"([a-z0-9_]+\.[a-z0-9_.]+)\")");
  int checked = 0;
  for (const auto& f : std::filesystem::recursive_directory_iterator(root)) {
    if (!f.is_regular_file()) continue;
    const auto ext = f.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(f.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    for (std::sregex_iterator it(text.begin(), text.end(), use), end; it != end; ++it) {
      ++checked;
      EXPECT_TRUE(state::has_key((*it)[1].str())) << (*it)[1].str() << " used in " << f.path();
    }
  }
  EXPECT_GT(checked, 0);
}
