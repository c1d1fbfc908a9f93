// The wire contract's reading and writing helpers (issue 16): every body the server sends or
// accepts is a struct in gp/dto/ with to_json/from_json beside it, used by the server to write and
// by the browser to read. Reading is strict: a missing key or a value of the wrong type throws
// DecodeError naming the key's path ("managers[2].satisfaction"), so a change of shape on one side
// fails the other side's tests instead of showing zeros.
#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gp::dto {

struct DecodeError : std::runtime_error {
  std::string path;
  explicit DecodeError(std::string p, const std::string& what) : std::runtime_error(p + ": " + what), path(std::move(p)) {}
};

namespace detail {
template <class T>
void read_value(const nlohmann::json& v, const std::string& path, T& out) {
  try {
    v.get_to(out);
  } catch (const DecodeError& e) {
    const std::string joined = path.empty() ? e.path
                               : e.path.empty() ? path
                               : e.path[0] == '[' ? path + e.path
                                                  : path + "." + e.path;
    throw DecodeError(joined, e.what());
  } catch (const nlohmann::json::exception& e) {
    throw DecodeError(path, e.what());
  }
}
}  // namespace detail

// `out` = j[key]; throws when the key is missing or the value does not fit T.
template <class T>
void need(const nlohmann::json& j, const char* key, T& out) {
  if (!j.is_object()) throw DecodeError("", "expected an object");
  auto it = j.find(key);
  if (it == j.end()) throw DecodeError(key, "missing");
  detail::read_value(*it, key, out);
}

// `out` = j[key], or nullopt when the key is missing or null.
template <class T>
void maybe(const nlohmann::json& j, const char* key, std::optional<T>& out) {
  if (!j.is_object()) throw DecodeError("", "expected an object");
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    out.reset();
    return;
  }
  T v{};
  detail::read_value(*it, key, v);
  out = std::move(v);
}

// A list whose items name their index in errors.
template <class T>
void need_list(const nlohmann::json& j, const char* key, std::vector<T>& out) {
  if (!j.is_object()) throw DecodeError("", "expected an object");
  auto it = j.find(key);
  if (it == j.end()) throw DecodeError(key, "missing");
  if (!it->is_array()) throw DecodeError(key, "expected an array");
  out.clear();
  for (std::size_t i = 0; i < it->size(); ++i) {
    T v{};
    detail::read_value((*it)[i], std::string(key) + "[" + std::to_string(i) + "]", v);
    out.push_back(std::move(v));
  }
}

// A map keyed by strings whose items name their key in errors ("sources.sla.source").
template <class T>
void need_map(const nlohmann::json& j, const char* key, std::map<std::string, T>& out) {
  if (!j.is_object()) throw DecodeError("", "expected an object");
  auto it = j.find(key);
  if (it == j.end()) throw DecodeError(key, "missing");
  if (!it->is_object()) throw DecodeError(key, "expected an object");
  out.clear();
  for (auto e = it->begin(); e != it->end(); ++e) {
    T v{};
    detail::read_value(e.value(), std::string(key) + "." + e.key(), v);
    out.emplace(e.key(), std::move(v));
  }
}

// Writes j[key] only when present: keys that are absent (not null) when there is nothing to say.
template <class T>
void put_if(nlohmann::json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}

// null for nullopt.
template <class T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// Decodes a whole body: T from `j`, DecodeError naming the path on any mismatch.
template <class T>
T decode(const nlohmann::json& j) {
  T out{};
  detail::read_value(j, "", out);
  return out;
}

}  // namespace gp::dto

// std::optional<T> members read through maybe(); nlohmann's adl_serializer for optional is not in
// Debian's 3.11, so DTOs never call get<std::optional<T>> directly.
