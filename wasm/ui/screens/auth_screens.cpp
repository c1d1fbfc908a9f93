#include "ui/screens/auth_screens.h"

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {
namespace {
using state::tr;
}  // namespace

state::LoginIntent draw_login(state::LoginForm& f) {
  state::LoginIntent in;
  card_begin("login.card");
  heading("login.title", tr("auth.login_title"), 2);
  InputOpts lo;
  lo.error = field_error(f.errors, "login");
  lo.max_bytes = 64;
  in.edited |= input_text("login.login", tr("auth.login_field"), f.login, lo);
  InputOpts pw;
  pw.kind = platform::TextKind::Password;
  pw.error = field_error(f.errors, "password");
  pw.max_bytes = 128;
  in.edited |= input_text("login.password", tr("auth.password"), f.password, pw);
  if (f.need_otp) {
    InputOpts ot;
    ot.hint = tr("auth.otp_hint");
    ot.error = field_error(f.errors, "otp");
    ot.max_bytes = 32;
    in.edited |= input_text("login.otp", tr("auth.otp"), f.otp, ot);
  }
  if (!field_error(f.errors, "form").empty()) text("login.error", field_error(f.errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.full_width = true;
  b.enabled = !f.busy;
  if (button("login.submit", f.busy ? tr("common.loading") : tr("auth.login_button"), b)) in.submit = true;
  if (link("login.to_register", tr("auth.no_account"))) in.to_register = true;
  card_end();
  return in;
}

state::RegisterIntent draw_register(state::RegisterForm& f, int resend_wait) {
  state::RegisterIntent in;
  card_begin("register.card");
  heading("register.title", tr("auth.register_title"), 2);
  InputOpts ph;
  ph.kind = platform::TextKind::Phone;
  ph.hint = tr("auth.phone_hint");
  ph.error = field_error(f.errors, "phone");
  ph.max_bytes = 20;
  in.edited |= input_text("register.phone", tr("auth.phone"), f.phone, ph);
  // Issue 15: the number is proven by a code sent to it before the account exists.
  ButtonOpts sc;
  sc.enabled = !f.code_busy && resend_wait == 0;
  const std::string send_label = f.code_busy ? tr("common.loading")
                                 : resend_wait > 0 ? state::trf("auth.sms_resend_in", {std::to_string(resend_wait)})
                                                   : tr(f.code_sent ? "auth.sms_resend" : "auth.sms_send");
  if (button("register.send_code", send_label, sc)) in.send_code = true;
  if (f.code_sent) text("register.code_sent", tr("auth.sms_sent"), Tone::Muted);
  InputOpts cd;
  cd.kind = platform::TextKind::Phone;
  cd.hint = tr("auth.sms_code_hint");
  cd.error = field_error(f.errors, "sms_code");
  cd.max_bytes = 6;
  in.edited |= input_text("register.sms_code", tr("auth.sms_code"), f.sms_code, cd);
  InputOpts nm;
  nm.hint = tr("auth.name_hint");
  nm.error = field_error(f.errors, "name");
  nm.max_bytes = 120;
  in.edited |= input_text("register.name", tr("auth.name"), f.name, nm);
  InputOpts pw;
  pw.kind = platform::TextKind::Password;
  pw.hint = tr("auth.password_hint");
  pw.error = field_error(f.errors, "password");
  pw.max_bytes = 128;
  in.edited |= input_text("register.password", tr("auth.password"), f.password, pw);
  InputOpts pw2 = pw;
  pw2.hint = {};
  pw2.error = field_error(f.errors, "password2");
  in.edited |= input_text("register.password2", tr("auth.password2"), f.password2, pw2);
  InputOpts id;
  id.error = field_error(f.errors, "id_number");
  id.max_bytes = 20;
  in.edited |= input_text("register.id_number", tr("auth.id_number"), f.id_number, id);
  if (!field_error(f.errors, "form").empty()) text("register.error", field_error(f.errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.full_width = true;
  b.enabled = !f.busy;
  if (button("register.submit", f.busy ? tr("common.loading") : tr("auth.register_button"), b)) in.submit = true;
  if (link("register.to_login", tr("auth.have_account"))) in.to_login = true;
  card_end();
  return in;
}

}  // namespace ui::screens
