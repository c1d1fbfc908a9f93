#include "platform/glyph_set.h"

#include <gtest/gtest.h>

using platform::GlyphSet;

TEST(GlyphSet, AddsEachCodePointOnce) {
  GlyphSet s;
  EXPECT_EQ(s.add_utf8("邾县邾"), 2);
  EXPECT_EQ(s.add_utf8("邾县"), 0);
  EXPECT_TRUE(s.contains(0x90BE));  // 邾
  EXPECT_TRUE(s.contains(0x53BF));  // 县
  EXPECT_EQ(s.size(), 2u);
}

TEST(GlyphSet, SkipsControlCharactersAndHandlesSupplementaryPlanes) {
  GlyphSet s;
  EXPECT_EQ(s.add_utf8("a\n\tb"), 2);
  EXPECT_FALSE(s.contains('\n'));
  EXPECT_EQ(s.add_utf8("\xF0\xA0\x80\x80"), 1);  // U+20000
  EXPECT_TRUE(s.contains(0x20000));
}

TEST(GlyphSet, MalformedBytesBecomeReplacementCharacter) {
  GlyphSet s;
  s.add_utf8("\xE9\x82");  // truncated 邾
  EXPECT_TRUE(s.contains(0xFFFD));
  GlyphSet t;
  t.add_utf8("\xC0\x80");  // overlong NUL
  EXPECT_TRUE(t.contains(0xFFFD));
  EXPECT_FALSE(t.contains(0));
}

TEST(GlyphSet, TakeNewReturnsAdditionsInOrderOnce) {
  GlyphSet s;
  s.add_utf8("ba");
  EXPECT_EQ(s.take_new(), (std::vector<char32_t>{'b', 'a'}));
  EXPECT_TRUE(s.take_new().empty());
  s.add_utf8("abc");
  EXPECT_EQ(s.take_new(), (std::vector<char32_t>{'c'}));
}

TEST(GlyphSet, RangesAreSortedClosedIntervalsEndingInZero) {
  GlyphSet s;
  s.add_utf8("cab");  // 0x61..0x63
  s.add(0x90BE);
  s.add(0x90BF);
  s.add(0x20000);
  EXPECT_EQ(s.ranges(), (std::vector<char32_t>{0x61, 0x63, 0x90BE, 0x90BF, 0x20000, 0x20000, 0}));
  EXPECT_EQ(GlyphSet().ranges(), (std::vector<char32_t>{0}));
}

TEST(GlyphSet, RangesAcrossWordBoundaries) {
  GlyphSet s;
  for (char32_t c = 60; c <= 130; ++c) s.add(c);
  EXPECT_EQ(s.ranges(), (std::vector<char32_t>{60, 130, 0}));
}
