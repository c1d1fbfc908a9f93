#include "state/signature.h"

#include <algorithm>
#include <cmath>

namespace state {
namespace {

constexpr int kScale = 10000;
constexpr std::size_t kMaxStrokes = 50, kMaxPoints = 2000;

std::array<int, 2> to_pad(double x, double y) {
  auto c = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * kScale)); };
  return {c(x), c(y)};
}

}  // namespace

void Signature::begin(double x, double y) {
  if (strokes.size() >= kMaxStrokes) return;
  strokes.push_back({to_pad(x, y)});
}

void Signature::add(double x, double y) {
  if (strokes.empty()) return begin(x, y);
  auto& s = strokes.back();
  const auto p = to_pad(x, y);
  if (s.size() >= kMaxPoints || (!s.empty() && s.back() == p)) return;
  s.push_back(p);
}

void Signature::end() {
  if (strokes.empty()) return;
  auto& s = strokes.back();
  if (s.size() == 1) s.push_back({std::min(kScale, s[0][0] + 10), s[0][1]});
}

void Signature::undo() {
  if (!strokes.empty()) strokes.pop_back();
}

int Signature::points() const {
  int n = 0;
  for (const auto& s : strokes) n += static_cast<int>(s.size());
  return n;
}

bool Signature::complete() const {
  if (strokes.empty() || points() < 10) return false;
  return std::all_of(strokes.begin(), strokes.end(), [](const auto& s) { return s.size() >= 2; });
}

nlohmann::json Signature::to_json() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : strokes) {
    nlohmann::json st = nlohmann::json::array();
    for (const auto& p : s) st.push_back({p[0], p[1]});
    out.push_back(st);
  }
  return out;
}

}  // namespace state
