#include "state/claim_state.h"

#include "state/app_state.h"
#include "state/auth_state.h"
#include "state/customer_common.h"

namespace state {

namespace {
// "ab2c-d3ef" -> 8 letters/digits once dashes and spaces are gone.
bool plausible_claim_code(const std::string& s) {
  int n = 0;
  for (char c : s) {
    if (c == '-' || c == ' ') continue;
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    ++n;
  }
  return n == 8;
}
}  // namespace

bool check_claim(ClaimState& s, bool final, bool en) {
  s.errors.erase("form");
  if ((final || !s.claim_code.empty()) && !plausible_claim_code(s.claim_code))
    s.errors["claim_code"] = en ? "The claim code on the receipt has 8 letters and digits" : "回执上的认领码为 8 位字母和数字";
  else
    s.errors.erase("claim_code");
  if ((final || !s.sms_code.empty()) && !is_sms_code(s.sms_code))
    s.errors["sms_code"] = en ? "Enter the 6-digit code sent by SMS" : "请输入短信中的 6 位验证码";
  else
    s.errors.erase("sms_code");
  return s.errors.empty();
}

nlohmann::json claim_body(const ClaimState& s) { return {{"claim_code", s.claim_code}, {"sms_code", s.sms_code}}; }

int claim_resend_wait(const ClaimState& s, double now_seconds) {
  const double left = s.code_sent_at + kSmsResendSeconds - now_seconds;
  return left > 0 ? static_cast<int>(left + 0.999) : 0;
}

std::vector<PendingApp> parse_pending(const nlohmann::json& reply) {
  std::vector<PendingApp> out;
  if (!reply.is_object() || !reply.contains("pending") || !reply.at("pending").is_array()) return out;
  for (const auto& p : reply.at("pending")) {
    if (!p.is_object()) continue;
    out.push_back({p.value("number", ""), p.value("business", ""), p.value("name_at_hall", ""), p.value("taken_at", "")});
  }
  return out;
}

void claim_linked(ClaimState& s, const std::string& number) {
  s.claim_code.clear();
  s.sms_code.clear();
  s.errors.clear();
  s.code_sent = false;
  s.open = false;
  s.done = number;
  for (auto it = s.pending.begin(); it != s.pending.end();)
    it = it->number == number ? s.pending.erase(it) : it + 1;
}


namespace {
Pending& pending_slot(AppState& s) { return s.customer.my.claim.pending_request; }
}  // namespace

Requests apply(AppState& s, const ClaimIntent& in) {
  auto& c = s.customer.my.claim;
  const bool english = en();
  Requests out;
  if (in.entered && !c.pending_request.busy()) {
    out.push_back(pending(s, pending_slot, get("/applications/pending", [](AppState& st, const net::ApiReply& r) {
      if (r.ok()) st.customer.my.claim.pending = parse_pending(r.body);
      return Requests{};
    })));
  }
  if (in.toggle) c.open = !c.open;
  if (in.edited) check_claim(c, false, english);
  const std::string phone = s.session.user ? s.session.user->phone : "";
  const double now = in.now;
  if (in.send_code && !c.code_busy && !phone.empty() && claim_resend_wait(c, now) == 0) {
    c.code_busy = true;
    out.push_back(post("/auth/sms-code", sms_code_body(phone, "claim"), [now](AppState& st, const net::ApiReply& r) {
      auto& x = st.customer.my.claim;
      x.code_busy = false;
      if (!r.ok()) {
        place_error(x.errors, "form", reply_text(r));
        return Requests{};
      }
      x.code_sent = true;
      x.code_sent_at = now;
      return Requests{};
    }));
  }
  if (in.submit && !c.busy && check_claim(c, true, english)) {
    c.busy = true;
    out.push_back(post("/applications/claim", claim_body(c), [](AppState& st, const net::ApiReply& r) {
      auto& x = st.customer.my.claim;
      x.busy = false;
      if (!r.ok()) {
        place_error(x.errors, reply_field(r), reply_text(r));
        return Requests{};
      }
      claim_linked(x, r.body.value("number", ""));
      st.inbox.touched.push_back(x.done);  // "My applications" loads again
      return Requests{};
    }));
  }
  if (!in.accept.empty() && c.accepting.empty()) {
    c.accepting = in.accept;
    out.push_back(post("/applications/pending/" + in.accept + "/accept", nlohmann::json::object(), [](AppState& st, const net::ApiReply& r) {
      auto& x = st.customer.my.claim;
      const std::string number = x.accepting;
      x.accepting.clear();
      if (!r.ok()) {
        place_error(x.errors, "form", reply_text(r));
        return Requests{};
      }
      claim_linked(x, number);
      st.inbox.touched.push_back(number);
      return Requests{};
    }));
  }
  return out;
}

}  // namespace state
