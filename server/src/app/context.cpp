#include "app/context.h"

#include "store/id_cipher.h"

namespace gp::server {
namespace {
AuthPolicy auth_policy(const ServeOptions& o) {
  AuthPolicy p;
  p.require_second_factor = o.require_second_factor;
  return p;
}
}  // namespace

AppContext::AppContext(ServeOptions o)
    : options(std::move(o)),
      db(options.data_dir),
      config(db),
      env{db, clock, calendar, config, notifier},
      auth(db, clock, auth_policy(options)),
      sms(db, clock, SmsGatewayConfig{options.sms_gateway, options.sms_provider, options.sms_template, options.sms_key},
          [&] {
            SmsPolicy p;
            p.per_address_per_hour = options.sms_address_limit;
            return p;
          }()),
      registration(db, clock, auth, sms, options.sms_address_limit),
      kiosks(db, clock),
      applications(env),
      progress(env, applications),
      hall_claims(env, applications, sms),
      documents(env, applications, options.max_upload_bytes, UploadQuota{options.upload_quota_bytes, options.files_per_application}),
      contracts(env, applications, auth),
      ratings(env, applications),
      reservations(env, applications),
      sla(env, applications, std::chrono::milliseconds(options.sla_budget_ms)),
      board(env, applications),
      reserve(env, applications),
      consultations(env, applications),
      capacity(env, applications),
      indicators(env, applications),
      reliability(env, applications),
      administration(env, applications),
      pool(env, applications),
      contractors(env),                                    // rule P3
      publications(env, options.max_upload_bytes),         // rule P3
      public_limiter(options.public_rate_limit, 60),
      // --- rule P4 (issue 11)
      cost_consultations(env),
      rental_packages(env),
      // Issue 11, rules M6/M5.
      cases(env),
      callbacks(env, applications, cases) {
  if (options.test_clock) clock.make_settable();
  // Resident ID numbers sealed at rest (issue 15), before anything reads or writes an account.
  const std::string key_file = options.id_key_file.empty() ? options.data_dir + "/id.key" : options.id_key_file;
  auto cipher = std::make_shared<const store::IdCipher>(store::IdCipher::load_or_create(key_file));
  const int sealed = db.write([&](store::Conn& w) { return store::protect_id_numbers(w, *cipher, key_file); });
  if (sealed > 0) db.checkpoint();  // the sealed pages into the database file now, not at the next checkpoint
  store::set_id_cipher(cipher);
  administration.restore_calendar();  // years published at run time (e.g. 2027) survive a restart
  sla.watch([this](gp::Instant now, SweepReport& r) { pool.sweep(now, r); });  // rule M7: the pool's window
  // --- rule P4 (issue 11): the cost consultation's answer limit, watched in every sweep.
  sla.watch([this](gp::Instant now, SweepReport& report) { report.marks_recorded += cost_consultations.sweep(now); });
  // Issue 11, rules M6, M1, M2: a customer request's handling limit, watched in every sweep.
  sla.watch([this](gp::Instant now, SweepReport& r) { r.marks_recorded += cases.sweep(now); });
}

}  // namespace gp::server
