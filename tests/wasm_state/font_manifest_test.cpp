#include "platform/font_manifest.h"

#include <gtest/gtest.h>

using platform::parse_font_manifest;

TEST(FontManifest, FindsTheSliceHoldingACodePoint) {
  const auto m = parse_font_manifest(
      R"({"base":"base.ttf","slices":[{"file":"b.ttf","lo":200,"hi":299},{"file":"a.ttf","lo":100,"hi":150,"glyphs":7}]})");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->base, "base.ttf");
  ASSERT_EQ(m->slices.size(), 2u);
  EXPECT_EQ(m->slices[0].file, "a.ttf");  // sorted by interval
  EXPECT_EQ(m->slices[0].glyphs, 7);
  EXPECT_EQ(m->find(99), -1);
  EXPECT_EQ(m->find(100), 0);
  EXPECT_EQ(m->find(150), 0);
  EXPECT_EQ(m->find(151), -1);  // a gap: the font has nothing there
  EXPECT_EQ(m->find(250), 1);
  EXPECT_EQ(m->find(0x20000), -1);
}

TEST(FontManifest, RejectsMalformedInput) {
  EXPECT_FALSE(parse_font_manifest("not json"));
  EXPECT_FALSE(parse_font_manifest("[]"));
  EXPECT_FALSE(parse_font_manifest(R"({"slices":[]})"));
  EXPECT_FALSE(parse_font_manifest(R"({"base":"b","slices":[{"file":"x","lo":5}]})"));
  EXPECT_FALSE(parse_font_manifest(R"({"base":"b","slices":[{"file":"x","lo":9,"hi":5}]})"));
  EXPECT_FALSE(parse_font_manifest(R"({"base":"b","slices":[{"file":"x","lo":-1,"hi":5}]})"));
  EXPECT_FALSE(parse_font_manifest(
      R"({"base":"b","slices":[{"file":"x","lo":1,"hi":5},{"file":"y","lo":5,"hi":9}]})"));  // overlap
  EXPECT_TRUE(parse_font_manifest(R"({"base":"b"})"));
}
