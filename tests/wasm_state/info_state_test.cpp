#include "state/info_state.h"

#include <gtest/gtest.h>

#include "state/app_state.h"

using state::InfoIntent;
using state::InfoState;
using state::Lang;

TEST(InfoState, TabsAndLanguageFollowIntents) {
  InfoState s;
  Lang lang = Lang::Zh;
  InfoIntent in;
  in.select_tab = 2;
  state::apply(s, in, lang);
  EXPECT_EQ(s.tab, 2);
  in = {};
  in.select_tab = 99;  // out of range: ignored
  state::apply(s, in, lang);
  EXPECT_EQ(s.tab, 2);
  in = {};
  in.toggle_language = true;
  state::apply(s, in, lang);
  EXPECT_EQ(lang, Lang::En);
}

TEST(InfoState, ValidatesAsTheUserTypesButNotAnEmptyField) {
  InfoState s;
  Lang lang = Lang::Zh;
  InfoIntent in;
  in.phone_edited = true;
  s.phone = "";
  state::apply(s, in, lang);
  EXPECT_FALSE(s.phone_error);
  s.phone = "123";
  state::apply(s, in, lang);
  ASSERT_TRUE(s.phone_error);
  EXPECT_FALSE(state::error_text(s.phone_error, Lang::Zh).empty());
  EXPECT_NE(state::error_text(s.phone_error, Lang::Zh), state::error_text(s.phone_error, Lang::En));
  s.phone = "13800138000";
  state::apply(s, in, lang);
  EXPECT_FALSE(s.phone_error);
}

TEST(InfoState, SubmitRequiresBothFields) {
  InfoState s;
  Lang lang = Lang::Zh;
  InfoIntent in;
  in.submit = true;
  state::apply(s, in, lang);
  EXPECT_TRUE(s.phone_error);
  EXPECT_TRUE(s.name_error);
  EXPECT_FALSE(s.submitted_ok);
  s.phone = "13800138000";
  s.name = "邾县堃犇";
  state::apply(s, in, lang);
  EXPECT_FALSE(s.phone_error);
  EXPECT_FALSE(s.name_error);
  EXPECT_TRUE(s.submitted_ok);
}

TEST(AppState, UrlParameters) {
  EXPECT_EQ(state::initial_state("", "").lang, Lang::Zh);
  EXPECT_EQ(state::initial_state("en", "").lang, Lang::En);
  EXPECT_EQ(state::initial_state("fr", "").lang, Lang::Zh);
  EXPECT_TRUE(state::initial_state("", "kiosk").kiosk);
  EXPECT_FALSE(state::initial_state("", "desk").kiosk);
}
