#include "ui/screens/security_screen.h"

#include <string>

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {
namespace {
using state::tr;

void password_card(state::SecurityState& s, state::SecurityIntent& in) {
  auto& f = s.password;
  card_begin("security.password.card");
  heading("security.password.title", tr("security.password_title"), 2);
  InputOpts cur;
  cur.kind = platform::TextKind::Password;
  cur.error = field_error(f.errors, "current_password");
  cur.max_bytes = 128;
  in.password_edited |= input_text("security.current", tr("security.current"), f.current, cur);
  InputOpts nx;
  nx.kind = platform::TextKind::Password;
  nx.hint = tr("auth.password_hint");
  nx.error = field_error(f.errors, "new_password");
  nx.max_bytes = 128;
  in.password_edited |= input_text("security.new", tr("security.new"), f.next, nx);
  InputOpts n2;
  n2.kind = platform::TextKind::Password;
  n2.error = field_error(f.errors, "new_password2");
  n2.max_bytes = 128;
  in.password_edited |= input_text("security.new2", tr("auth.password2"), f.next2, n2);
  if (!field_error(f.errors, "form").empty()) text("security.password.error", field_error(f.errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !f.busy;
  if (button("security.change", f.busy ? tr("common.loading") : tr("security.change"), b)) in.change_password = true;
  text(tr("security.change_note"), Tone::Muted);
  card_end();
}

void totp_card(state::SecurityState& s, state::SecurityIntent& in) {
  card_begin("security.totp.card");
  heading("security.totp.title", tr("security.totp_title"), 2);
  if (!s.recovery_codes.empty()) {
    text("security.recovery.note", tr("security.recovery_note"), Tone::Accent);
    std::string all;
    for (std::size_t i = 0; i < s.recovery_codes.size(); ++i) all += (i ? "  " : "") + s.recovery_codes[i];
    text("security.recovery.codes", all);
    if (button("security.recovery.done", tr("security.recovery_done"), {ButtonStyle::Primary})) in.recovery_done = true;
  } else if (s.second_factor) {
    text("security.totp.state", tr("security.totp_on"), Tone::Success);
    InputOpts pw;
    pw.kind = platform::TextKind::Password;
    pw.error = field_error(s.totp_errors, "password");
    pw.max_bytes = 128;
    input_text("security.disable.password", tr("auth.password"), s.disable_password, pw);
    InputOpts cd;
    cd.hint = tr("auth.otp_hint");
    cd.error = field_error(s.totp_errors, "code");
    cd.max_bytes = 32;
    input_text("security.disable.code", tr("auth.otp"), s.disable_code, cd);
    ButtonOpts b;
    b.style = ButtonStyle::Danger;
    b.enabled = !s.busy;
    if (button("security.totp.disable", tr("security.totp_disable"), b)) in.totp_disable = true;
  } else if (!s.secret.empty()) {
    text("security.totp.steps", tr("security.totp_steps"));
    field_row("security.totp.secret", tr("security.totp_secret"), state::group_by_four(s.secret));
    field_row("security.totp.uri", tr("security.totp_uri"), s.uri);
    InputOpts cd;
    cd.kind = platform::TextKind::Number;
    cd.hint = tr("security.totp_code_hint");
    cd.error = field_error(s.totp_errors, "code");
    cd.max_bytes = 8;
    input_text("security.totp.code", tr("auth.otp"), s.code, cd);
    ButtonOpts b;
    b.style = ButtonStyle::Primary;
    b.enabled = !s.busy;
    if (button("security.totp.confirm", tr("security.totp_confirm"), b)) in.totp_confirm = true;
  } else {
    text("security.totp.state", tr("security.totp_off"), Tone::Muted);
    ButtonOpts b;
    b.style = ButtonStyle::Primary;
    b.enabled = !s.busy;
    if (button("security.totp.setup", tr("security.totp_setup"), b)) in.totp_setup = true;
  }
  if (!field_error(s.totp_errors, "form").empty()) text("security.totp.error", field_error(s.totp_errors, "form"), Tone::Error);
  card_end();
}

}  // namespace

state::SecurityIntent draw_security(state::SecurityState& s, bool staff) {
  state::SecurityIntent in;
  heading("security.title", tr("security.title"));
  if (!s.notice.empty()) text("security.notice", s.notice, Tone::Success);
  if (!s.error.empty()) text("security.error", s.error, Tone::Error);
  password_card(s, in);
  if (staff) totp_card(s, in);
  card_begin("security.sessions.card");
  heading("security.sessions.title", tr("security.sessions_title"), 2);
  text(tr("security.logout_all_note"), Tone::Muted);
  ButtonOpts b;
  b.enabled = !s.busy;
  if (button("security.logout_all", tr("security.logout_all"), b)) in.logout_all = true;
  card_end();
  return in;
}

}  // namespace ui::screens
