#include "services/contract_service.h"

#include "gp/contract.h"
#include "gp/dto/contract.h"
#include "gp/works_contract.h"
#include "services/contract_issue.h"
#include "services/service_error.h"
#include "store/conn.h"
#include "store/contracts.h"
#include "store/hash.h"
#include "store/works_contracts.h"

namespace gp::server {
namespace {
using nlohmann::json;
using K = ServiceError::Kind;

// The supply contract as the shared wire type (gp/dto/contract.h); null before it is issued.
json contract_json(store::Conn& db, std::int64_t app_id) {
  auto r = store::find_contract(db, app_id);
  if (!r) return nullptr;
  gp::dto::ContractTextDto d{true, r->text, r->sha256, r->signed_at.has_value(), std::nullopt, r->method};
  if (r->signed_at) d.signed_at = gp::format_datetime_cst(*r->signed_at);
  return d;
}

// A drawn signature: 1–50 strokes of 2–2000 points each, coordinates in [0, 10000].
void check_strokes(const json& s) {
  auto bad = [] { fail(K::invalid, "invalid", "strokes", "签名笔迹格式不正确", "strokes must be 1–50 strokes of 2–2000 [x,y] points in 0..10000"); };
  if (!s.is_array() || s.empty() || s.size() > 50) bad();
  std::size_t points = 0;
  for (const auto& stroke : s) {
    if (!stroke.is_array() || stroke.size() < 2 || stroke.size() > 2000) bad();
    for (const auto& pt : stroke) {
      if (!pt.is_array() || pt.size() != 2 || !pt[0].is_number() || !pt[1].is_number()) bad();
      const double x = pt[0].get<double>(), y = pt[1].get<double>();
      if (!(x >= 0 && x <= 10000 && y >= 0 && y <= 10000)) bad();
      ++points;
    }
  }
  if (points < 10) fail(K::invalid, "invalid", "strokes", "签名过短，请完整签名", "the signature is too short");
}

}  // namespace

json ContractService::get(const Caller& c, const std::string& number) {
  // Read only (issue 15: GET never writes): the contract is written by the workflow step that makes
  // it available (ApplicationService::append -> issue_contract_if_due).
  auto& db = env_.db.reader();
  auto app = apps_.load_visible(db, c, number);
  if (auto existing = contract_json(db, app.row.id); !existing.is_null()) return existing;
  if (!app.state.contract_available())
    fail(K::conflict, "not_available_yet", "", "供电方案确认后即可在线签订合同", "the contract can be signed once the supply terms are settled");
  // Available but never written: an application that reached this step before contracts were
  // written by the step. Signing (a POST) writes it; reading does not.
  fail(K::conflict, "not_issued", "", "合同尚未生成，请稍后再试或联系客户经理", "the contract has not been issued yet; try again later or ask your customer manager");
}

// The signing body shared by both contracts: {"sha256","method":"password","password"} or
// {"sha256","method":"drawn","strokes"}; checks the password. Returns {method, signature}.
std::pair<std::string, std::string> ContractService::signing(const Caller& c, const json& body, const char* what_zh, const char* what_en) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "sha256" && it.key() != "method" && it.key() != "password" && it.key() != "strokes")
      fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  if (c.role != gp::Role::customer)
    fail(K::forbidden, "forbidden", "", std::string(what_zh) + "由客户本人签署", std::string("only the customer signs the ") + what_en);
  if (!body.contains("sha256") || !body.at("sha256").is_string())
    fail(K::invalid, "required", "sha256", "请提供所阅读合同的哈希值", "give the sha256 of the contract you read");
  const std::string method = body.value("method", json()).is_string() ? body.at("method").get<std::string>() : "";
  if (method != "password" && method != "drawn")
    fail(K::invalid, "invalid", "method", "签署方式应为 password 或 drawn", "method must be password or drawn");
  std::string signature;
  if (method == "password") {
    if (!body.contains("password") || !body.at("password").is_string())
      fail(K::invalid, "required", "password", "请再次输入登录密码以签署", "re-enter your password to sign");
    auth_.confirm_password(c.user_id, body.at("password").get<std::string>(), "password");
  } else {
    if (!body.contains("strokes")) fail(K::invalid, "required", "strokes", "请手写签名", "draw your signature");
    check_strokes(body.at("strokes"));
    signature = body.at("strokes").dump();
  }
  return {method, signature};
}

json ContractService::sign(const Caller& c, const std::string& number, const json& body) {
  const auto sig = signing(c, body, "合同", "contract");
  const std::string& method = sig.first;
  const std::string& signature = sig.second;
  json out = env_.db.write([&](store::Conn& db) {
    auto app = apps_.load_visible(db, c, number);
    if (!app.state.contract_available())
      fail(K::conflict, "not_available_yet", "", "合同尚不能签署", "the contract cannot be signed yet");
    issue_contract_if_due(db, app, *env_.cfg.current(), env_.clock.now());  // only for applications from before
    json cur = contract_json(db, app.row.id);
    if (cur.at("signed").get<bool>()) fail(K::conflict, "already_signed", "", "合同已签署，不可更改", "the contract is already signed and cannot change");
    if (cur.at("sha256") != body.at("sha256"))
      fail(K::conflict, "contract_changed", "sha256", "合同内容与您阅读的版本不一致，请重新阅读", "the contract differs from the version you read");
    const gp::Instant now = env_.clock.now();
    store::sign_contract(db, app.row.id, now, method, signature);
    gp::Event e;
    e.at = now;
    e.type = "contract_signed";
    e.role = c.role;
    e.channel = c.channel;
    e.data = {{"sha256", cur.at("sha256")}, {"method", method}};
    apps_.append(db, app, e, c.user_id);
    return contract_json(db, app.row.id);
  });
  env_.notifier.announce();
  return out;
}

namespace {
gp::dto::WorksContractTextDto works_contract_json(const store::WorksContractRow& r, const gp::AppState& s, gp::Instant now) {
  gp::dto::WorksContractTextDto d;  // the shared wire type (gp/dto/contract.h)
  d.version = r.version;
  d.text = r.text;
  d.sha256 = r.sha256;
  d.issued_at = gp::format_datetime_cst(r.issued_at);
  d.is_signed = r.signed_at.has_value();
  if (r.signed_at) d.signed_at = gp::format_datetime_cst(*r.signed_at);
  if (!r.method.empty()) d.method = r.method;
  for (std::size_t i = 0; i < s.works.size(); ++i) {
    const auto& w = s.works[i];
    gp::dto::WorksContractItemDto item{static_cast<int>(i + 1), w.agreed_completion.iso(), std::nullopt, gp::works_breached(w, now)};  // W2: 违约
    if (w.done) item.done_at = gp::format_datetime_cst(*w.done);
    d.works.push_back(item);
  }
  return d;
}
}  // namespace

json ContractService::get_works(const Caller& c, const std::string& number) {
  auto& db = env_.db.reader();
  auto app = apps_.load_visible(db, c, number);
  auto latest = store::latest_works_contract(db, app.row.id);
  if (!latest)
    fail(K::conflict, "not_available_yet", "", "项目经理登记配套工程后即可在线签订服务契约",
         "the works contract can be signed once the project manager has recorded the supporting works");
  gp::dto::WorksContractTextDto out = works_contract_json(*latest, app.state, env_.clock.now());
  out.versions.emplace();
  for (const auto& v : store::works_contract_versions(db, app.row.id)) {
    gp::dto::WorksContractVersionDto version{v.version, v.sha256, v.signed_at.has_value(), std::nullopt};
    if (v.signed_at) version.signed_at = gp::format_datetime_cst(*v.signed_at);
    out.versions->push_back(version);
  }
  return out;
}

json ContractService::sign_works(const Caller& c, const std::string& number, const json& body) {
  const auto sig = signing(c, body, "服务契约", "works contract");
  const std::string& method = sig.first;
  const std::string& signature = sig.second;
  json out = env_.db.write([&](store::Conn& db) {
    auto app = apps_.load_visible(db, c, number);
    if (app.state.finished()) fail(K::conflict, "finished", "", "申请已办结或撤回", "the application is finished");
    auto latest = store::latest_works_contract(db, app.row.id);
    if (!latest)
      fail(K::conflict, "not_available_yet", "", "服务契约尚不能签署", "the works contract cannot be signed yet");
    if (latest->signed_at)
      fail(K::conflict, "already_signed", "", "服务契约已签署，不可更改", "the works contract is already signed and cannot change");
    if (latest->sha256 != body.at("sha256"))
      fail(K::conflict, "contract_changed", "sha256", "服务契约内容与您阅读的版本不一致，请重新阅读", "the works contract differs from the version you read");
    const gp::Instant now = env_.clock.now();
    if (!store::sign_works_contract(db, app.row.id, latest->version, now, method, signature))
      fail(K::conflict, "already_signed", "", "服务契约已签署，不可更改", "the works contract is already signed and cannot change");
    gp::Event e;
    e.at = now;
    e.type = "works_contract_signed";
    e.role = c.role;
    e.channel = c.channel;
    e.data = {{"version", latest->version}, {"sha256", latest->sha256}, {"method", method}};
    apps_.append(db, app, e, c.user_id);
    return json(works_contract_json(*store::latest_works_contract(db, app.row.id), app.state, now));
  });
  env_.notifier.announce();
  return out;
}

}  // namespace gp::server
