// Rule P3: the published documents' kinds and validation.
#include "gp/publications.h"

#include <algorithm>

#include "gp/validate.h"

namespace gp {

const std::vector<std::string>& publication_kinds() {
  static const std::vector<std::string> k = {"tariff_policy", "fee_list", "typical_design", "procedures", "supervision"};
  return k;
}

std::string publication_kind_zh(const std::string& kind) {
  if (kind == "tariff_policy") return "电价电费政策";
  if (kind == "fee_list") return "收费项目及标准";
  if (kind == "typical_design") return "典型设计及工程造价参考手册";
  if (kind == "procedures") return "办电流程及时限";
  if (kind == "supervision") return "监督电话（7×24）";
  return kind;
}

std::vector<Error> validate_publication(const std::string& kind, const std::string& title, const std::string& body) {
  std::vector<Error> out;
  const auto& kinds = publication_kinds();
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
    out.push_back(make_error("invalid", "kind", "kind 应为 tariff_policy、fee_list、typical_design、procedures 或 supervision",
                             "kind must be tariff_policy, fee_list, typical_design, procedures or supervision"));
  if (validate::text(title, "title", 2, 100))
    out.push_back(make_error("invalid", "title", "标题应为 2–100 个字符", "title must be 2–100 characters"));
  // Newlines and tabs are part of a body; every other control character is refused.
  std::string flat = body;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\r', ' ');
  std::replace(flat.begin(), flat.end(), '\t', ' ');
  if (validate::text(flat, "body", 1, 20000))
    out.push_back(make_error("invalid", "body", "正文应为 1–20000 个字符的文本", "body must be text of 1–20000 characters"));
  return out;
}

}  // namespace gp
