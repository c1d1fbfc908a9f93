// Validation of identity/subject proofs (rule D5), the reservation phone number (rule D4),
// meter coordinates (rule S3) and free text, with bilingual messages.
#include "gp/validate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

namespace v = gp::validate;
const gp::Date kToday{2026, 11, 30};

// Test-vector generators, written from the standards independently of the implementation.
std::string resident_id_with_check(const std::string& first17) {
  static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * w[i];
  return first17 + "10X98765432"[sum % 11];
}

const std::string kUscc = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// authority+type (2) + division (6) + organization code body (8): appends both check characters.
std::string uscc_with_checks(const std::string& first16) {
  static const int ow[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int osum = 0;
  for (int i = 0; i < 8; ++i) {
    const char c = first16[8 + i];
    osum += (c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10) * ow[i];
  }
  const int oc = 11 - osum % 11;
  std::string s = first16 + (oc == 10 ? 'X' : oc == 11 ? '0' : static_cast<char>('0' + oc));
  static const int w[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(kUscc.find(s[i])) * w[i];
  return s + kUscc[(31 - sum % 31) % 31];
}

void expect_error(const gp::Status& s, const std::string& code, const std::string& field = "f") {
  ASSERT_TRUE(s.has_value()) << "expected " << code;
  EXPECT_EQ(s->code, code) << s->message_en;
  EXPECT_EQ(s->field, field);
  EXPECT_FALSE(s->message_zh.empty());
  EXPECT_FALSE(s->message_en.empty());
}

TEST(Validate, D5_ResidentIdValid) {
  EXPECT_FALSE(v::resident_id("11010519491231002X", "f", kToday));  // GB 11643 sample
  EXPECT_FALSE(v::resident_id("11010519491231002x", "f", kToday));  // lowercase x
  for (const char* body : {"42118219900101123", "13010220000229001", "65010219000101005",
                           "81000020261130007"}) {
    const std::string id = resident_id_with_check(body);
    EXPECT_FALSE(v::resident_id(id, "f", kToday)) << id;
  }
}

TEST(Validate, D5_ResidentIdErrors) {
  expect_error(v::resident_id("", "f", kToday), "required");
  expect_error(v::resident_id("11010519491231002", "f", kToday), "invalid");      // 17 chars
  expect_error(v::resident_id("1101051949123100X2", "f", kToday), "invalid");     // X not last
  expect_error(v::resident_id("11010519491231002Y", "f", kToday), "invalid");
  expect_error(v::resident_id("11010519491231003X", "f", kToday), "invalid");     // check digit
  expect_error(v::resident_id(resident_id_with_check("01010519491231002"), "f", kToday), "invalid");
  expect_error(v::resident_id(resident_id_with_check("91010519491231002"), "f", kToday), "invalid");
  expect_error(v::resident_id(resident_id_with_check("42118219990230123"), "f", kToday), "invalid");
  expect_error(v::resident_id(resident_id_with_check("42118219991301123"), "f", kToday), "invalid");
  // GB 11643's own sample is born in 1880: a correct check digit, but not a living applicant.
  expect_error(v::resident_id("440524188001010014", "id_number", kToday), "out_of_range", "id_number");
  expect_error(v::resident_id(resident_id_with_check("42118220261201123"), "f", kToday), "out_of_range");
  const auto e = v::resident_id("1101051949123100", "applicant.id", kToday);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "applicant.id");
  EXPECT_NE(e->message_zh.find("18"), std::string::npos);
  EXPECT_NE(e->message_en.find("16"), std::string::npos);
}

TEST(Validate, D5_SocialCreditCodeValid) {
  EXPECT_FALSE(v::social_credit_code("91350100M000100Y43", "f"));  // widely published sample
  for (const char* body : {"9142118200000001", "5111000050000123", "Y1110105ABCD1234",
                           "1211000040000000", "92420100MA4K0XYW"}) {
    const std::string code = uscc_with_checks(body);
    EXPECT_FALSE(v::social_credit_code(code, "f")) << code;
  }
}

TEST(Validate, D5_SocialCreditCodeErrors) {
  expect_error(v::social_credit_code("", "f"), "required");
  expect_error(v::social_credit_code("91350100M000100Y4", "f"), "invalid");
  expect_error(v::social_credit_code("91350100m000100y43", "f"), "invalid");  // lowercase
  expect_error(v::social_credit_code("91350100M000100I43", "f"), "invalid");  // I not used
  expect_error(v::social_credit_code("91350100M000100Y44", "f"), "invalid");  // final check
  expect_error(v::social_credit_code("91350100M000100Y53", "f"), "invalid");  // org-code check
  expect_error(v::social_credit_code(uscc_with_checks("913501A0M0001000"), "f"), "invalid");
  expect_error(v::social_credit_code("91350100M000100Y4-", "f"), "invalid");
  const auto e = v::social_credit_code("91350100M000100S43", "licence.code");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "licence.code");
  EXPECT_NE(e->message_en.find("16"), std::string::npos);  // names the position
}

TEST(Validate, D4_MobilePhone) {
  EXPECT_FALSE(v::mobile_phone("19912345678", "f"));
  for (const char* ok : {"13912345678", "+86 139-1234-5678", "8613912345678", "86 139 1234 5678",
                         "+8613912345678"}) {
    EXPECT_FALSE(v::mobile_phone(ok, "f")) << ok;
    EXPECT_EQ(v::normalize_mobile(ok), "13912345678") << ok;
  }
  expect_error(v::mobile_phone("", "f"), "required");
  expect_error(v::mobile_phone(" - ", "f"), "required");
  expect_error(v::mobile_phone("12912345678", "f"), "invalid");
  expect_error(v::mobile_phone("23912345678", "f"), "invalid");
  expect_error(v::mobile_phone("1391234567", "f"), "invalid");
  expect_error(v::mobile_phone("139123456789", "f"), "invalid");
  expect_error(v::mobile_phone("1391234567a", "f"), "invalid");
  expect_error(v::mobile_phone("+85261234567", "f"), "invalid");
  expect_error(v::mobile_phone("(139)12345678", "f"), "invalid");
  EXPECT_EQ(v::normalize_mobile("12912345678"), "");
}

TEST(Validate, CapacityKw) {
  EXPECT_FALSE(v::capacity_kw(160, "f"));
  EXPECT_FALSE(v::capacity_kw(0.5, "f"));
  EXPECT_FALSE(v::capacity_kw(1'000'000, "f"));
  expect_error(v::capacity_kw(0, "f"), "out_of_range");
  expect_error(v::capacity_kw(-3, "f"), "out_of_range");
  expect_error(v::capacity_kw(1'000'001, "f"), "out_of_range");
  expect_error(v::capacity_kw(200, "f", 160), "out_of_range");
  expect_error(v::capacity_kw(std::nan(""), "f"), "invalid");
  expect_error(v::capacity_kw(HUGE_VAL, "f"), "invalid");
}

TEST(Validate, S3_Coordinates) {
  EXPECT_FALSE(v::coordinates(39.9042, 116.4074, "f"));  // Beijing
  EXPECT_FALSE(v::coordinates(18.25, 109.5, "f"));       // Sanya
  expect_error(v::coordinates(0, 0, "meter"), "out_of_range", "meter.latitude");
  expect_error(v::coordinates(39.9, 140.0, "meter"), "out_of_range", "meter.longitude");
  expect_error(v::coordinates(std::nan(""), 116.4, "meter"), "out_of_range", "meter.latitude");
  expect_error(v::coordinates(116.4, 39.9, "meter"), "out_of_range", "meter.latitude");  // swapped
}

TEST(Validate, Utf8Helpers) {
  EXPECT_TRUE(v::is_valid_utf8("邾县 abc 𠀀"));
  EXPECT_EQ(v::utf8_length("邾县 abc 𠀀"), 8u);
  EXPECT_FALSE(v::is_valid_utf8("\xC3\x28"));
  EXPECT_FALSE(v::is_valid_utf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(v::is_valid_utf8("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(v::is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(v::is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(v::is_valid_utf8("\xE4\xB8"));          // truncated
  EXPECT_TRUE(v::is_valid_utf8(""));
}

TEST(Validate, TextLengthAndCharacters) {
  EXPECT_FALSE(v::text("  邾县城关镇  ", "address", 1, 5));  // trimmed: 5 characters
  expect_error(v::text("邾县城关镇北", "address", 1, 5), "out_of_range", "address");
  expect_error(v::text("   ", "address", 1, 5), "required", "address");
  expect_error(v::text("a", "address", 2, 5), "out_of_range", "address");
  EXPECT_FALSE(v::text("", "note", 0, 5));
  EXPECT_FALSE(v::text("第一行\n第二行\t", "note", 0, 100));
  expect_error(v::text("a\x01" "b", "note", 0, 100), "invalid", "note");
  expect_error(v::text("a\x7F", "note", 0, 100), "invalid", "note");
  expect_error(v::text("a\r\nb", "note", 0, 100), "invalid", "note");
  expect_error(v::text("a\xC2\x85", "note", 0, 100), "invalid", "note");  // C1 control NEL
  expect_error(v::text("\xC3\x28", "note", 0, 100), "invalid", "note");
  const auto e = v::text("邾县城关镇北", "address", 1, 5);
  EXPECT_NE(e->message_zh.find("address"), std::string::npos);
}

TEST(Validate, D5_PersonNameRareCharacters) {
  for (const char* ok : {"邾小明", "王堃", "李犇", "张𠀀", "阿卜杜热依木·艾尼", "Mary O'Neil-Smith",
                         "José Núñez", "山田・太郎", " 王五 "}) {
    EXPECT_FALSE(v::person_name(ok, "f")) << ok;
  }
  EXPECT_FALSE(v::person_name(std::string(40, 'a'), "f"));
}

TEST(Validate, D5_PersonNameErrors) {
  expect_error(v::person_name("", "f"), "required");
  expect_error(v::person_name("  ", "f"), "required");
  expect_error(v::person_name(std::string(41, 'a'), "f"), "out_of_range");
  expect_error(v::person_name("王5", "f"), "invalid");
  expect_error(v::person_name("王@", "f"), "invalid");
  expect_error(v::person_name("王\n五", "f"), "invalid");
  expect_error(v::person_name("·", "f"), "invalid");
  expect_error(v::person_name("\xFF", "f"), "invalid");
  const auto e = v::person_name("王@", "f");
  EXPECT_NE(e->message_zh.find("@"), std::string::npos);
}

TEST(Validate, Password) {
  EXPECT_FALSE(v::password("zhu-county7", "f"));
  EXPECT_FALSE(v::password("密码 is 8 chars", "f"));
  EXPECT_FALSE(v::password(std::string(127, 'a') + "1", "f"));
  expect_error(v::password("abc1234", "f"), "out_of_range");
  expect_error(v::password(std::string(128, 'a') + "1", "f"), "out_of_range");
  expect_error(v::password("abcdefgh", "f"), "invalid");
  expect_error(v::password("12345678", "f"), "invalid");
  expect_error(v::password("abc\t12345", "f"), "invalid");
  expect_error(v::password("abc1234\xC3", "f"), "invalid");
  const auto e = v::password("secret99x", "f");
  EXPECT_FALSE(e);
  const auto short_one = v::password("pw1", "f");
  ASSERT_TRUE(short_one);
  EXPECT_EQ(short_one->message_en.find("pw1"), std::string::npos);  // never echoed
}

}  // namespace

// Not a rule of the policy: a company security setting (issue 15, ASVS 5.0 V6.2.4). Common
// passwords from shared/data/common-passwords.json are refused case-insensitively, in the browser
// and on the server alike, and a password must not contain the account's mobile number.
TEST(Validate, CommonPasswordsAreRefused) {
  for (const char* p : {"abc12345", "Password1", "PASSWORD1", "woaini1314", "WoAiNi1314", "qq123456", "a123456", "1qaz2wsx",
                        "1QAZ2WSX", "zxcvbnm", "888888", "147258369", "5201314", "123456", "qwerty123", "zhang123"}) {
    EXPECT_TRUE(v::is_common_password(p)) << p;
    const auto e = v::password(p, "f");
    ASSERT_TRUE(e) << p;
    EXPECT_EQ(e->field, "f");
  }
  const auto e = v::password("woaini1314", "f");
  EXPECT_EQ(e->code, "invalid");
  EXPECT_NE(e->message_zh.find("常见密码"), std::string::npos);
  EXPECT_NE(e->message_en.find("common password"), std::string::npos);
  EXPECT_EQ(e->message_en.find("woaini1314"), std::string::npos) << "messages never repeat the password";
  EXPECT_FALSE(v::is_common_password("zhu-county7"));
  EXPECT_FALSE(v::password("Journey-2026!", "f"));
  EXPECT_FALSE(v::password("Secret123", "f")) << "the test suites' customer password stays allowed";

  EXPECT_FALSE(v::password("Lamp-post-42", "f", "13712345678"));
  const auto ph = v::password("x13712345678", "f", "13712345678");
  ASSERT_TRUE(ph);
  EXPECT_NE(ph->message_en.find("mobile number"), std::string::npos);
  EXPECT_TRUE(v::password("a13712345678", "f", "+86 137 1234 5678"));
  EXPECT_FALSE(v::password("a13712345678", "f", "")) << "no phone known: not checked";
}
