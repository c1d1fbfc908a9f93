// In-process: the UTF-8 check every JSON body passes (http/utf8.h).
#include <gtest/gtest.h>

#include "http/utf8.h"

using gp::server::invalid_utf8_offset;

TEST(UnitUtf8, WellFormedTextPasses) {
  EXPECT_FALSE(invalid_utf8_offset(""));
  EXPECT_FALSE(invalid_utf8_offset("plain ascii"));
  EXPECT_FALSE(invalid_utf8_offset("邾县 堃 犇"));                 // 3-byte CJK, incl. rare name characters
  EXPECT_FALSE(invalid_utf8_offset("\xf0\x9f\x94\x8c plug"));     // 4-byte emoji
  EXPECT_FALSE(invalid_utf8_offset("\xf4\x8f\xbf\xbf"));          // U+10FFFF, the last code point
  EXPECT_FALSE(invalid_utf8_offset(std::string("a\0b", 3)));      // NUL is valid UTF-8 (JSON rejects it raw)
}

TEST(UnitUtf8, MalformedTextIsFoundAtItsFirstBadByte) {
  EXPECT_EQ(invalid_utf8_offset("ab\xff"), 2u);
  EXPECT_EQ(invalid_utf8_offset("\xc0\xaf"), 0u);              // overlong '/'
  EXPECT_EQ(invalid_utf8_offset("\xe0\x80\xaf"), 0u);          // overlong, 3 bytes
  EXPECT_EQ(invalid_utf8_offset("x\xed\xa0\x80"), 1u);         // surrogate U+D800
  EXPECT_EQ(invalid_utf8_offset("\xf4\x90\x80\x80"), 0u);      // above U+10FFFF
  EXPECT_EQ(invalid_utf8_offset("\xe9\x82"), 0u);              // truncated
  EXPECT_EQ(invalid_utf8_offset("\x80"), 0u);                  // stray continuation
  EXPECT_EQ(invalid_utf8_offset("\xe9\x82\x41"), 0u);          // bad continuation
}
