// The kiosk's keypad and the signature pad's data (pure parts).
#include <gtest/gtest.h>

#include "state/keypad.h"
#include "state/signature.h"

using state::KeypadMode;

namespace {
std::string type(KeypadMode m, const std::string& keys, std::string v = "") {
  for (char k : keys) state::keypad_press(v, m, k);
  return v;
}
}  // namespace

TEST(Keypad, PhoneNumbersStopAtElevenDigits) {
  EXPECT_EQ(type(KeypadMode::Phone, "1370375100123"), "13703751001");
  EXPECT_EQ(type(KeypadMode::Phone, "137<<8"), "18");
  EXPECT_EQ(type(KeypadMode::Phone, "137C5"), "5");
  EXPECT_EQ(type(KeypadMode::Phone, "X"), "") << "no X in phone numbers";
  const auto keys = state::keypad_keys(KeypadMode::Phone);
  EXPECT_EQ(keys.size(), 12u);
  EXPECT_EQ(std::count(keys.begin(), keys.end(), 'X'), 0);
}

TEST(Keypad, IdNumbersTakeXOnlyLast) {
  EXPECT_EQ(type(KeypadMode::IdNumber, "41152119900101123X"), "41152119900101123X");
  EXPECT_EQ(type(KeypadMode::IdNumber, "4115X"), "4115") << "X only as the 18th character";
  EXPECT_EQ(type(KeypadMode::IdNumber, "41152119900101123X5"), "41152119900101123X") << "nothing after X";
  EXPECT_EQ(type(KeypadMode::IdNumber, "4115211990010112345"), "411521199001011234");
  const auto keys = state::keypad_keys(KeypadMode::IdNumber);
  EXPECT_NE(std::find(keys.begin(), keys.end(), 'X'), keys.end());
  EXPECT_NE(std::find(keys.begin(), keys.end(), 'C'), keys.end());
}

TEST(Keypad, ApplicationNumbersAreFilledIn) {
  EXPECT_EQ(type(KeypadMode::AppNumber, "2026"), "ZX-2026");
  EXPECT_EQ(type(KeypadMode::AppNumber, "202611300001"), "ZX-20261130-0001");
  EXPECT_EQ(type(KeypadMode::AppNumber, "2026113000019"), "ZX-20261130-0001") << "12 digits at most";
  EXPECT_EQ(type(KeypadMode::AppNumber, "<", "ZX-20261130-0"), "ZX-20261130");
  EXPECT_EQ(type(KeypadMode::AppNumber, "<<<<<<<<<"), "");
  std::string v = "ZX-20261130";
  EXPECT_FALSE(state::keypad_press(v, KeypadMode::AppNumber, 'X'));
  EXPECT_TRUE(state::keypad_press(v, KeypadMode::AppNumber, 'C'));
  EXPECT_EQ(v, "");
}

TEST(Signature, StrokesInPadCoordinates) {
  state::Signature s;
  EXPECT_FALSE(s.complete());
  s.begin(0.1, 0.5);
  s.add(0.1, 0.5);  // the same point again: dropped
  for (int i = 1; i <= 10; ++i) s.add(0.1 + i * 0.05, 0.5 + (i % 2) * 0.1);
  s.add(1.7, -3);   // outside the pad: clamped to its edge
  s.end();
  EXPECT_EQ(s.points(), 12);
  EXPECT_TRUE(s.complete());
  const auto j = s.to_json();
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0][0], nlohmann::json::array({1000, 5000}));
  EXPECT_EQ(j[0].back(), nlohmann::json::array({10000, 0}));
}

TEST(Signature, ATapIsADotAndUndoRemovesAStroke) {
  state::Signature s;
  s.begin(0.5, 0.5);
  s.end();
  ASSERT_EQ(s.strokes.size(), 1u);
  EXPECT_EQ(s.strokes[0].size(), 2u);
  EXPECT_FALSE(s.complete()) << "too short to be a signature";
  s.undo();
  EXPECT_TRUE(s.empty());
  for (int k = 0; k < 60; ++k) {
    s.begin(0, 0);
    s.add(1, 1);
  }
  EXPECT_EQ(s.strokes.size(), 50u) << "the server's limit";
}
