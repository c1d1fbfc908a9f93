// Errors and results for code that also runs in the browser: values, not exceptions (style.md #7).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace gp {

// One precise complaint about input: which field, what is wrong, in both languages.
// `code` is stable and machine-readable (e.g. "invalid", "required", "out_of_range",
// "contradictory", "unknown_field", "not_allowed", "conflict").
struct Error {
  std::string code;
  std::string field;       // dotted path, e.g. "supporting_works[1].kind"; empty when not about a field
  std::string message_zh;
  std::string message_en;
};

inline Error make_error(std::string code, std::string field, std::string zh, std::string en) {
  return Error{std::move(code), std::move(field), std::move(zh), std::move(en)};
}

// A value or an Error.
template <class T>
class Result {
 public:
  Result(T v) : v_(std::move(v)) {}            // NOLINT: implicit on purpose
  Result(Error e) : v_(std::move(e)) {}        // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result for operations that return nothing but may fail.
using Status = std::optional<Error>;  // nullopt = fine

}  // namespace gp
