// A savepoint inside a write transaction: part of a batch undone without losing the rest (the SLA
// job sweeps many applications per transaction; one that cannot be swept is undone alone).
#pragma once
#include <string>

#include "store/conn.h"

namespace gp::store {

class Savepoint {
 public:
  Savepoint(Conn& db, std::string name);  // SAVEPOINT <name>
  void release();                         // keep what was done since
  void rollback_and_release();            // undo it
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;

 private:
  Conn& db_;
  std::string name_;
};

}  // namespace gp::store
