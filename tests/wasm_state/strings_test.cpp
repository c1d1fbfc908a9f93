#include "state/strings.h"

#include <gtest/gtest.h>

#include <string>

using state::Lang;
using state::Str;

TEST(Strings, EveryEntryHasBothLanguages) {
  for (std::size_t i = 0; state::raw(Lang::Zh, i); ++i) {
    EXPECT_STRNE(state::raw(Lang::Zh, i), "") << i;
    EXPECT_STRNE(state::raw(Lang::En, i), "") << i;
  }
  EXPECT_EQ(state::raw(Lang::Zh, static_cast<std::size_t>(Str::Count_)), nullptr);
}

TEST(Strings, CurrentLanguage) {
  state::set_language(Lang::Zh);
  EXPECT_NE(std::string(state::tr(Str::CompanyName)).find("邾县"), std::string::npos);
  state::set_language(Lang::En);
  EXPECT_EQ(std::string(state::tr(Str::TabFees)), "Fees");
  EXPECT_EQ(state::language(), Lang::En);
  state::set_language(Lang::Zh);
}
