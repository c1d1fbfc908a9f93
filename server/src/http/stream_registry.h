// The open notification streams (SSE and long polls): how many there are in all and per user, so
// that one user cannot hold every slot (issue 15, hole 6). A stream takes a slot when it opens and
// gives it back when it ends; the newest stream of a user over the per-user cap is refused (429)
// rather than closing an older one, so a stolen-then-revoked session cannot push out the owner's
// live tab, and a script opening streams in a loop only ever fails itself.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>

namespace gp::server {

class StreamRegistry {
 public:
  static constexpr int kMaxStreams = 200;        // in all (each holds a worker thread)
  static constexpr int kMaxStreamsPerUser = 5;   // a few tabs and devices of one person

  enum class Refusal { none, server_full, user_full };

  // A held slot; giving it back happens when the last copy is destroyed.
  class Slot {
   public:
    Slot(StreamRegistry& reg, std::int64_t user) : reg_(reg), user_(user) {}
    ~Slot() { reg_.release(user_); }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;

   private:
    StreamRegistry& reg_;
    std::int64_t user_;
  };

  // A slot for `user`, or null with the reason in `why`.
  std::shared_ptr<Slot> acquire(std::int64_t user, Refusal* why);

  int open() const;
  int open_for(std::int64_t user) const;

 private:
  void release(std::int64_t user);
  mutable std::mutex mu_;
  int total_ = 0;
  std::map<std::int64_t, int> per_user_;
};

}  // namespace gp::server
