#include "app/commands.h"

#include <sys/stat.h>

#include "app/data_dir.h"
#include "services/application_service.h"
#include "services/auth_service.h"
#include "services/service_error.h"
#include "store/applications.h"
#include "store/events.h"

namespace gp::server {

int run_adduser(const std::string& data_dir, const std::string& username, const std::string& role, const std::string& name,
                const std::string& phone, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string password;
  if (!std::getline(in, password) || password.empty()) {
    err << "adduser: give the password on standard input (one line)\n";
    return 2;
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  try {
    // The first admin is made before the first `serve`: prepare the data directory as serve does
    // (parents created, mode 0700), or a nested new path fails with "unable to open database file".
    ensure_data_dir(data_dir);
    store::Database db(data_dir);
    Clock clock;
    AuthService auth(db, clock);
    auto u = auth.create_staff(username, password, name.empty() ? username : name, role, phone);
    out << "added " << u.username << " (" << gp::to_string(u.role) << "), id " << u.id << "\n";
    return 0;
  } catch (const ServiceError& e) {
    err << "adduser: " << e.error().field << ": " << e.error().message_en << "\n";
    return 2;
  } catch (const std::exception& e) {
    err << "adduser: " << e.what() << "\n";
    return 1;
  }
}

int run_verify(const std::string& data_dir, std::ostream& out) {
  struct stat st {};
  if (::stat((data_dir + "/getpower.db").c_str(), &st) != 0) {
    out << "verify: no database in " << data_dir << "\n";
    return 2;
  }
  try {
    store::Database db(data_dir);
    std::string detail;
    const bool integrity = db.integrity_ok(&detail);
    out << "integrity_check: " << detail << "\n";
    auto chain = store::verify_chain(db.reader());
    out << "event chain: " << chain.events << " events, " << (chain.ok ? "intact" : "BROKEN at event " + std::to_string(chain.first_bad_id) + ": " + chain.problem) << "\n";
    // The derived columns must agree with a replay of the events.
    CalendarService cal;
    ConfigService cfg(db);
    Clock clock;
    Notifier notifier;
    ApplicationService apps(db, cal, cfg, clock, notifier);
    int apps_checked = 0, mismatched = 0;
    for (const std::int64_t id : store::all_application_ids(db.reader())) {
      auto row = store::find_application(db.reader(), id);
      auto loaded = apps.load(db.reader(), *row);
      const std::string status = gp::to_string(loaded.state.status);
      const std::string stage = loaded.state.current_stage() ? gp::to_string(loaded.state.current_stage()->code) : "done";
      ++apps_checked;
      if (status != row->status || stage != row->stage) {
        ++mismatched;
        out << "  " << row->number << ": stored " << row->status << "/" << row->stage << ", events say " << status << "/" << stage << "\n";
      }
    }
    out << "applications: " << apps_checked << " checked, " << mismatched << " disagree with their events\n";
    const bool ok = integrity && chain.ok && mismatched == 0;
    out << (ok ? "history intact" : "HISTORY NOT INTACT") << "\n";
    return ok ? 0 : 1;
  } catch (const std::exception& e) {
    out << "verify: " << e.what() << "\n";
    return 1;
  }
}

int run_backup(const std::string& data_dir, const std::string& to, std::ostream& out, std::ostream& err) {
  struct stat st {};
  if (::stat((data_dir + "/getpower.db").c_str(), &st) != 0) {
    err << "backup: no database in " << data_dir << "\n";
    return 2;
  }
  if (::stat(to.c_str(), &st) == 0) {
    err << "backup: " << to << " exists; choose a new file\n";
    return 2;
  }
  try {
    store::Database db(data_dir);
    db.backup_to(to);
    out << "backup written to " << to << " (integrity_check: " << store::Database::integrity_of_file(to) << ")\n";
    return 0;
  } catch (const std::exception& e) {
    err << "backup: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace gp::server
