#include "ui/record.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

namespace ui {

namespace {
std::vector<Item> g_items;
}

void record_clear() { g_items.clear(); }

Item& record_last_item(std::string_view id, std::string_view label, const char* kind, bool enabled) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return record_rect(id, label, kind, enabled, a.x, a.y, b.x, b.y);
}

Item& record_rect(std::string_view id, std::string_view label, const char* kind, bool enabled, float x0, float y0,
                  float x1, float y1) {
  const ImVec2 a(x0, y0), b(x1, y1);
  Item it;
  it.id = std::string(id);
  it.label = std::string(label);
  it.kind = kind;
  it.x = a.x;
  it.y = a.y;
  it.w = b.x - a.x;
  it.h = b.y - a.y;
  it.enabled = enabled;
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  const ImVec2 disp = ImGui::GetIO().DisplaySize;
  it.visible = clip.Contains(c) && c.x >= 0 && c.y >= 0 && c.x < disp.x && c.y < disp.y;
  g_items.push_back(std::move(it));
  return g_items.back();
}

const std::vector<Item>& recorded_items() { return g_items; }

std::string record_json() {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& it : g_items) {
    nlohmann::json j = {{"id", it.id},  {"label", it.label}, {"kind", it.kind},       {"x", it.x},
                        {"y", it.y},    {"w", it.w},         {"h", it.h},             {"enabled", it.enabled},
                        {"visible", it.visible}};
    if (it.value) j["value"] = *it.value;
    if (it.checked) j["checked"] = *it.checked;
    if (it.error) j["error"] = *it.error;
    a.push_back(std::move(j));
  }
  // Invalid UTF-8 (never expected: ImGui edits whole code points) is replaced, not thrown.
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ui
