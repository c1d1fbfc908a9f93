// Validation of what people type (rule D5 identity/subject proofs, rule S3 coordinates), with
// bilingual messages: Chinese is what the customer reads, English is for staff and logs.
#include "gp/validate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gp::embedded { extern const std::string_view common_passwords; }

namespace gp::validate {
namespace {

Error err(const char* code, const std::string& field, const std::string& zh, const std::string& en) {
  return make_error(code, field, zh, en);
}

// Decodes strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool decode(std::string_view s, std::vector<char32_t>* out) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    char32_t cp = 0;
    std::size_t len = 0;
    if (b0 < 0x80) {
      cp = b0;
      len = 1;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      cp = b0 & 0x1F;
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      cp = b0 & 0x0F;
      len = 3;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      cp = b0 & 0x07;
      len = 4;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    if (out) out->push_back(cp);
    i += len;
  }
  return true;
}

std::string encode(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

// A character as a message can show it: itself when printable, else "U+XXXX".
std::string show(char32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == ' ') {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
  }
  return "\"" + encode(cp) + "\"";
}

bool is_control(char32_t cp, bool allow_newline_tab) {
  if (allow_newline_tab && (cp == '\n' || cp == '\t')) return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

bool is_ascii_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f';
}

// Code points with ASCII whitespace removed at both ends.
std::vector<char32_t> trimmed(std::vector<char32_t> cps) {
  std::size_t b = 0, e = cps.size();
  while (b < e && is_ascii_space(cps[b])) ++b;
  while (e > b && is_ascii_space(cps[e - 1])) --e;
  return std::vector<char32_t>(cps.begin() + static_cast<std::ptrdiff_t>(b),
                               cps.begin() + static_cast<std::ptrdiff_t>(e));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

std::string num(std::size_t n) { return std::to_string(n); }

// GB 32100-2015 character set: digits and capitals without I, O, Z, S, V.
constexpr std::string_view kUsccChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";

}  // namespace

bool is_valid_utf8(std::string_view s) { return decode(s, nullptr); }

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

Status resident_id(std::string_view s, const std::string& field, const Date& today) {
  // rule D5: the resident ID card is the usual identity proof; GB 11643-1999 defines its number.
  if (s.empty()) {
    return err("required", field, "请填写身份证号码", "the resident ID number is required");
  }
  const std::size_t n = is_valid_utf8(s) ? utf8_length(s) : s.size();
  if (n != 18) {
    return err("invalid", field, "身份证号码应为18位，当前为" + num(n) + "位",
               "a resident ID number has 18 characters, this one has " + num(n));
  }
  for (std::size_t i = 0; i < 17; ++i) {
    if (!is_digit(s[i])) {
      return err("invalid", field, "身份证号码第" + num(i + 1) + "位应为数字",
                 "character " + num(i + 1) + " of the resident ID number must be a digit");
    }
  }
  const char last = s[17];
  if (!is_digit(last) && last != 'X' && last != 'x') {
    return err("invalid", field, "身份证号码第18位应为数字或字母X",
               "the last character of the resident ID number must be a digit or X");
  }
  if (s[0] == '0' || s[0] == '9') {
    return err("invalid", field, "身份证号码前6位地区码无效（首位应为1–8）",
               "the region code (first 6 digits) of the resident ID number is invalid (it must start with 1–8)");
  }
  const std::string birth(s.substr(6, 8));
  const auto date = parse_date(birth.substr(0, 4) + "-" + birth.substr(4, 2) + "-" + birth.substr(6, 2));
  if (!date) {
    return err("invalid", field, "身份证号码中的出生日期（第7–14位）" + birth + "不是有效日期",
               "the birth date in the resident ID number (characters 7–14), " + birth +
                   ", is not a real date");
  }
  if (*date < Date{1900, 1, 1} || *date > today) {
    return err("out_of_range", field,
               "身份证号码中的出生日期 " + date->iso() + " 不合理（应在1900-01-01至今天之间）",
               "the birth date in the resident ID number, " + date->iso() +
                   ", must lie between 1900-01-01 and today");
  }
  // ISO 7064 MOD 11-2.
  static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (s[i] - '0') * kWeights[i];
  const char expected = "10X98765432"[sum % 11];
  const char got = last == 'x' ? 'X' : last;
  if (got != expected) {
    return err("invalid", field, "身份证号码校验位不符，请逐位核对是否输错",
               "the check character of the resident ID number does not match; please check each digit");
  }
  return std::nullopt;
}

Status social_credit_code(std::string_view s, const std::string& field) {
  // rule D5: the business licence (subject proof) carries this code; GB 32100-2015.
  if (s.empty()) {
    return err("required", field, "请填写统一社会信用代码", "the unified social credit code is required");
  }
  const std::size_t n = is_valid_utf8(s) ? utf8_length(s) : s.size();
  if (n != 18) {
    return err("invalid", field, "统一社会信用代码应为18位，当前为" + num(n) + "位",
               "a unified social credit code has 18 characters, this one has " + num(n));
  }
  for (std::size_t i = 0; i < 18; ++i) {
    const char c = s[i];
    if (kUsccChars.find(c) != std::string_view::npos) continue;
    const std::string pos = num(i + 1);
    if (c >= 'a' && c <= 'z') {
      return err("invalid", field, "统一社会信用代码第" + pos + "位请使用大写字母",
                 "character " + pos + " of the unified social credit code must be a capital letter");
    }
    if (c == 'I' || c == 'O' || c == 'Z' || c == 'S' || c == 'V') {
      return err("invalid", field,
                 "统一社会信用代码第" + pos + "位不能是字母" + std::string(1, c) +
                     "（代码不使用 I、O、Z、S、V）",
                 "character " + pos + " of the unified social credit code cannot be " +
                     std::string(1, c) + " (the code never uses I, O, Z, S or V)");
    }
    return err("invalid", field, "统一社会信用代码第" + pos + "位只能是数字或大写字母",
               "character " + pos + " of the unified social credit code must be a digit or a capital letter");
  }
  // Characters 1–2 (registration authority, type) are accepted as any code character: authorities
  // keep adding codes. Characters 3–8 are the administrative division code.
  for (std::size_t i = 2; i < 8; ++i) {
    if (!is_digit(s[i])) {
      return err("invalid", field, "统一社会信用代码第3–8位（登记管理机关行政区划码）应为数字",
                 "characters 3–8 of the unified social credit code (administrative division code) must be digits");
    }
  }
  // Characters 9–17: the organization code of GB 11714 with its own MOD 11 check character.
  static const int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int org_sum = 0;
  for (int i = 0; i < 8; ++i) {
    const char c = s[8 + i];
    org_sum += (is_digit(c) ? c - '0' : c - 'A' + 10) * kOrgWeights[i];
  }
  const int org_check = 11 - org_sum % 11;
  const char org_expected = org_check == 10 ? 'X' : (org_check == 11 ? '0' : static_cast<char>('0' + org_check));
  if (s[16] != org_expected) {
    return err("invalid", field, "统一社会信用代码第9–17位（组织机构代码）校验位不符，请逐位核对",
               "the organization code in the unified social credit code (characters 9–17) fails its check; please check each character");
  }
  static const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(kUsccChars.find(s[i])) * kWeights[i];
  const int check = (31 - sum % 31) % 31;
  if (s[17] != kUsccChars[check]) {
    return err("invalid", field, "统一社会信用代码校验位（第18位）不符，请逐位核对是否输错",
               "the check character (character 18) of the unified social credit code does not match; please check each character");
  }
  return std::nullopt;
}

namespace {
// Spaces and hyphens removed, then a "+86" prefix, or an "86" before 11 digits.
std::string strip_mobile(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c != ' ' && c != '-') d += c;
  }
  if (d.rfind("+86", 0) == 0) {
    d.erase(0, 3);
  } else if (d.size() == 13 && d.rfind("86", 0) == 0) {
    d.erase(0, 2);
  }
  return d;
}
}  // namespace

Status mobile_phone(std::string_view s, const std::string& field) {
  const std::string d = strip_mobile(s);
  if (d.empty()) {
    return err("required", field, "请填写手机号码", "the mobile number is required");
  }
  for (char c : d) {
    if (!is_digit(c)) {
      return err("invalid", field, "手机号码只能包含数字（可带 +86 前缀、空格或连字符）",
                 "a mobile number may contain only digits (with an optional +86 prefix, spaces or hyphens)");
    }
  }
  if (d.size() != 11) {
    return err("invalid", field, "手机号码应为11位，当前为" + num(d.size()) + "位",
               "a mobile number has 11 digits, this one has " + num(d.size()));
  }
  if (d[0] != '1' || d[1] < '3') {
    return err("invalid", field, "手机号码应以13–19开头", "a mainland mobile number starts with 13 to 19");
  }
  return std::nullopt;
}

std::string normalize_mobile(std::string_view s) {
  return mobile_phone(s, "") ? std::string() : strip_mobile(s);
}

Status capacity_kw(double v, const std::string& field, double max_kw) {
  if (!std::isfinite(v)) {
    return err("invalid", field, "容量必须是有效数字（千瓦）", "the capacity must be a finite number of kW");
  }
  if (v <= 0) {
    return err("out_of_range", field, "容量必须大于0千瓦", "the capacity must be greater than 0 kW");
  }
  if (v > max_kw) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", max_kw);
    return err("out_of_range", field, std::string("容量不能超过") + buf + "千瓦",
               std::string("the capacity cannot exceed ") + buf + " kW");
  }
  return std::nullopt;
}

Status coordinates(double latitude, double longitude, const std::string& field) {
  // rule S3: the meter location is given with coordinates; WGS-84 bounding box of China
  // (73.4°E–135.1°E, 3.8°N–53.6°N, the southern islands included).
  if (!std::isfinite(latitude) || latitude < 3.8 || latitude > 53.6) {
    return err("out_of_range", field + ".latitude", "纬度不在中国境内（应在北纬3.8°–53.6°之间）",
               "the latitude is outside China (it must lie between 3.8°N and 53.6°N)");
  }
  if (!std::isfinite(longitude) || longitude < 73.4 || longitude > 135.1) {
    return err("out_of_range", field + ".longitude", "经度不在中国境内（应在东经73.4°–135.1°之间）",
               "the longitude is outside China (it must lie between 73.4°E and 135.1°E)");
  }
  return std::nullopt;
}

Status text(std::string_view s, const std::string& field, std::size_t min_chars, std::size_t max_chars) {
  std::vector<char32_t> cps;
  if (!decode(s, &cps)) {
    return err("invalid", field, "“" + field + "”含有无效的字符编码（不是有效的 UTF-8）",
               "\"" + field + "\" is not valid UTF-8");
  }
  for (char32_t cp : cps) {
    if (is_control(cp, true)) {
      return err("invalid", field, "“" + field + "”含有不允许的控制字符 " + show(cp),
                 "\"" + field + "\" contains the control character " + show(cp));
    }
  }
  const std::size_t n = trimmed(std::move(cps)).size();
  if (n == 0 && min_chars > 0) {
    return err("required", field, "请填写“" + field + "”", "\"" + field + "\" is required");
  }
  if (n < min_chars) {
    return err("out_of_range", field,
               "“" + field + "”至少需要" + num(min_chars) + "个字符，当前为" + num(n) + "个",
               "\"" + field + "\" needs at least " + num(min_chars) + " characters, it has " + num(n));
  }
  if (n > max_chars) {
    return err("out_of_range", field,
               "“" + field + "”最多" + num(max_chars) + "个字符，当前为" + num(n) + "个",
               "\"" + field + "\" allows at most " + num(max_chars) + " characters, it has " + num(n));
  }
  return std::nullopt;
}

namespace {
// CJK ideographs incl. extensions A–H and compatibility ideographs, so rare name characters
// (堃, 犇, 𠀀) are accepted: a name can never be refused for its characters (rule D2).
bool is_cjk(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) ||
         (c >= 0x2F800 && c <= 0x2FA1F) || (c >= 0x31350 && c <= 0x323AF) || c == 0x3007;
}
// Latin letters with diacritics (Latin-1 supplement and Latin Extended-A/B), for foreign
// passport holders (rule D5), excluding × and ÷.
bool is_latin_letter(char32_t c) {
  return is_ascii_letter(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool is_name_separator(char32_t c) {
  return c == ' ' || c == '\'' || c == '-' || c == 0x00B7 || c == 0x30FB;
}
}  // namespace

Status person_name(std::string_view s, const std::string& field) {
  std::vector<char32_t> cps;
  if (!decode(s, &cps)) {
    return err("invalid", field, "姓名含有无效的字符编码", "the name is not valid UTF-8");
  }
  cps = trimmed(std::move(cps));
  if (cps.empty()) {
    return err("required", field, "请填写姓名", "the name is required");
  }
  if (cps.size() > 40) {
    return err("out_of_range", field, "姓名最多40个字符，当前为" + num(cps.size()) + "个",
               "a name has at most 40 characters, this one has " + num(cps.size()));
  }
  bool letter = false;
  for (char32_t c : cps) {
    if (is_cjk(c) || is_latin_letter(c)) {
      letter = true;
      continue;
    }
    if (is_name_separator(c)) continue;
    return err("invalid", field, "姓名中不能包含字符 " + show(c) + "（只允许汉字、字母、间隔号·、空格、撇号和连字符）",
               "the name cannot contain " + show(c) +
                   " (only Chinese characters, letters, the middle dot ·, spaces, apostrophes and hyphens)");
  }
  if (!letter) {
    return err("invalid", field, "姓名中至少要有一个汉字或字母",
               "a name needs at least one Chinese character or letter");
  }
  return std::nullopt;
}

Status password(std::string_view s, const std::string& field) {
  // Messages never repeat the password.
  std::vector<char32_t> cps;
  if (!decode(s, &cps)) {
    return err("invalid", field, "密码含有无效的字符编码", "the password is not valid UTF-8");
  }
  for (char32_t c : cps) {
    if (is_control(c, false)) {
      return err("invalid", field, "密码不能包含控制字符（如换行、制表符）",
                 "the password cannot contain control characters (such as newlines or tabs)");
    }
  }
  if (cps.size() < 8) {
    return err("out_of_range", field, "密码至少需要8个字符，当前为" + num(cps.size()) + "个",
               "a password needs at least 8 characters, this one has " + num(cps.size()));
  }
  if (cps.size() > 128) {
    return err("out_of_range", field, "密码最多128个字符，当前为" + num(cps.size()) + "个",
               "a password has at most 128 characters, this one has " + num(cps.size()));
  }
  bool letter = false, digit = false;
  for (char32_t c : cps) {
    letter = letter || is_ascii_letter(c);
    digit = digit || (c >= '0' && c <= '9');
  }
  if (!letter) {
    return err("invalid", field, "密码至少要包含一个英文字母", "the password needs at least one letter (a–z, A–Z)");
  }
  if (!digit) {
    return err("invalid", field, "密码至少要包含一个数字", "the password needs at least one digit");
  }
  // A company security setting (ASVS 5.0 V6.2.4: breached/common passwords), not a rule of the
  // policy: the list is data (shared/data/common-passwords.json), the browser refuses the same.
  if (is_common_password(s)) {
    return err("invalid", field, "这是常见密码，很容易被猜到，请换一个",
               "this is a common password that is easy to guess; please choose another");
  }
  return std::nullopt;
}

Status password(std::string_view s, const std::string& field, std::string_view phone) {
  if (auto e = password(s, field)) return e;
  std::string digits;
  for (char c : phone)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.size() > 11) digits = digits.substr(digits.size() - 11);  // +86 / 0086 prefixes
  if (digits.size() == 11 && s.find(digits) != std::string_view::npos) {
    return err("invalid", field, "密码不能包含您的手机号", "the password must not contain your mobile number");
  }
  return std::nullopt;
}

bool is_common_password(std::string_view s) {
  // Parsed once; kept sorted for a binary search (~1,800 entries, ~18 KB).
  static const std::vector<std::string> list = [] {
    std::vector<std::string> v;
    const auto j = nlohmann::json::parse(embedded::common_passwords, nullptr, false);
    if (j.is_array())
      for (const auto& e : j)
        if (e.is_string()) v.push_back(e.get<std::string>());
    std::sort(v.begin(), v.end());
    return v;
  }();
  std::string lower(s);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return std::binary_search(list.begin(), list.end(), lower);
}

}  // namespace gp::validate
