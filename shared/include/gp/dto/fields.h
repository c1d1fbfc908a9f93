// A DTO's field list written once: `fields(io, v)` names each key and member, and the same list
// writes (to_json) and reads strictly (from_json, through need/maybe/need_list/need_map of wire.h,
// so errors still name the path). Instead of two hand-kept lists per type that can drift:
//
//   template <class IO> void fields(IO& io, FeeDto& v) { io("code", v.code)("rule", v.rule); }
//   GP_DTO_VIA_FIELDS(FeeDto)   // in the .cpp: defines to_json and from_json
//
// std::optional members are written as null when empty; `.omit("key", v.x)` writes nothing instead
// (keys that are absent rather than null on the wire).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/wire.h"

namespace gp::dto {

class FieldWriter {
 public:
  explicit FieldWriter(nlohmann::json& j) : j_(j) { j_ = nlohmann::json::object(); }
  template <class T>
  FieldWriter& operator()(const char* key, const T& v) {
    j_[key] = v;
    return *this;
  }
  template <class T>
  FieldWriter& operator()(const char* key, const std::optional<T>& v) {
    j_[key] = opt(v);
    return *this;
  }
  template <class T>
  FieldWriter& omit(const char* key, const std::optional<T>& v) {
    put_if(j_, key, v);
    return *this;
  }

 private:
  nlohmann::json& j_;
};

class FieldReader {
 public:
  explicit FieldReader(const nlohmann::json& j) : j_(j) {}
  template <class T>
  FieldReader& operator()(const char* key, T& v) {
    need(j_, key, v);
    return *this;
  }
  template <class T>
  FieldReader& operator()(const char* key, std::vector<T>& v) {
    need_list(j_, key, v);
    return *this;
  }
  template <class T>
  FieldReader& operator()(const char* key, std::map<std::string, T>& v) {
    need_map(j_, key, v);
    return *this;
  }
  template <class T>
  FieldReader& operator()(const char* key, std::optional<T>& v) {
    maybe(j_, key, v);
    return *this;
  }
  template <class T>
  FieldReader& omit(const char* key, std::optional<T>& v) {
    maybe(j_, key, v);
    return *this;
  }

 private:
  const nlohmann::json& j_;
};

}  // namespace gp::dto

// to_json/from_json of T from its `fields(IO&, T&)` (declared before use, in the same namespace).
#define GP_DTO_VIA_FIELDS(T)                                 \
  void to_json(nlohmann::json& j, const T& v) {              \
    ::gp::dto::FieldWriter w(j);                             \
    fields(w, const_cast<T&>(v));                            \
  }                                                          \
  void from_json(const nlohmann::json& j, T& v) {            \
    ::gp::dto::FieldReader r(j);                             \
    fields(r, v);                                            \
  }
