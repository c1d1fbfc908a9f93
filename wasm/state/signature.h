// A signature drawn with a finger or the mouse (rule P1: the contract signed online). Points are
// kept in the pad's own coordinates 0..10000 on both axes, the shape the server stores
// (POST /applications/{n}/contract/sign {"method":"drawn","strokes":[[[x,y],...],...]}).
#pragma once
#include <array>
#include <vector>

#include <nlohmann/json.hpp>

namespace state {

struct Signature {
  std::vector<std::vector<std::array<int, 2>>> strokes;

  // Starts a new stroke (finger or button down) / adds a point to the current one. `x`, `y` in
  // 0..1 across the pad; clamped; a point equal to the last one is dropped. Limits as the server's:
  // at most 50 strokes of at most 2000 points.
  void begin(double x, double y);
  void add(double x, double y);
  // A stroke of one point (a tap) becomes a dot: two points.
  void end();
  void undo();
  void clear() { strokes.clear(); }
  int points() const;
  bool empty() const { return strokes.empty(); }
  // Long enough to send: at least one stroke of two points and ten points in all.
  bool complete() const;
  nlohmann::json to_json() const;
};

}  // namespace state
