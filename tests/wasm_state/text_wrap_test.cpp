#include "ui/text_wrap.h"

#include <gtest/gtest.h>

#include <string>

using ui::break_lines;

namespace {

// Every character 1 unit wide, hanzi 2.
float adv(char32_t c) { return ui::is_cjk(c) ? 2.0f : 1.0f; }

std::vector<std::string> lines(std::string_view s, float width) {
  std::vector<std::string> out;
  for (const auto& l : break_lines(s, width, adv)) out.emplace_back(s.substr(l.begin, l.end - l.begin));
  return out;
}

}  // namespace

TEST(TextWrap, HanziBreakAnywhere) {
  EXPECT_EQ(lines("低压居民用电", 6), (std::vector<std::string>{"低压居", "民用电"}));
}

TEST(TextWrap, ClosingPunctuationNeverStartsALine) {
  // "，" would start line 2: the character before it moves down with it.
  EXPECT_EQ(lines("增容，均可", 4), (std::vector<std::string>{"增", "容，", "均可"}));
}

TEST(TextWrap, OpeningPunctuationNeverEndsALine) {
  // "（" may not end line 1, "）" may not start line 3.
  EXPECT_EQ(lines("资料（原件）", 6), (std::vector<std::string>{"资料", "（原", "件）"}));
}

TEST(TextWrap, LatinWordsStayWholeAndSpacesHang) {
  EXPECT_EQ(lines("State Grid Zhuxian", 11), (std::vector<std::string>{"State Grid", "Zhuxian"}));
  EXPECT_EQ(lines("Supercalifragilistic", 8), (std::vector<std::string>{"Supercal", "ifragili", "stic"}));
}

TEST(TextWrap, MixedScriptsBreakBetweenHanziAndLatin) {
  EXPECT_EQ(lines("申请GetPower服务", 10), (std::vector<std::string>{"申请", "GetPower服", "务"}));
}

TEST(TextWrap, NewlinesForceBreaks) {
  EXPECT_EQ(lines("a\nb", 100), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(lines("a\n", 100), (std::vector<std::string>{"a", ""}));
  EXPECT_EQ(lines("", 100), (std::vector<std::string>{""}));
}

TEST(TextWrap, AGlyphWiderThanTheLineStillGetsALine) {
  EXPECT_EQ(lines("邾县", 1), (std::vector<std::string>{"邾", "县"}));
}
