// Resident ID numbers encrypted at rest (issue 15): libsodium secretbox (XSalsa20-Poly1305) with a
// random nonce per value, stored as "v1:" + base64(nonce || box); the key lives in a file outside
// the database (--id-key-file, default <data dir>/id.key), so a copy of the database (a backup, a
// stolen disk image of the database alone) holds no readable ID number. Lookup by ID number goes
// through a keyed hash (users.id_number_lookup), never through the plaintext.
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>

#include "store/conn.h"

namespace gp::store {

class IdCipher {
 public:
  // Reads the key file, or creates it (32 random bytes as 64 hex digits, mode 0600) when absent.
  // Throws std::runtime_error with a message naming the file when it is malformed, unreadable, or
  // readable or writable by anyone but its owner.
  static IdCipher load_or_create(const std::string& path);
  explicit IdCipher(const std::array<unsigned char, 32>& key);

  std::string seal(const std::string& plain) const;
  // The plaintext, or nullopt when `sealed` was not sealed with this key (or is damaged).
  std::optional<std::string> open(const std::string& sealed) const;
  // Keyed BLAKE2b (a key derived from the file's key) of the number, hex: equal numbers, equal hashes.
  std::string lookup_hash(const std::string& plain) const;

 private:
  std::array<unsigned char, 32> key_{}, lookup_key_{};
};

bool is_sealed(const std::string& stored);

// The process's cipher (set once at start-up by the server; absent in the maintenance commands,
// which never read ID numbers). users.cpp seals and opens through it.
void set_id_cipher(std::shared_ptr<const IdCipher> c);
const IdCipher* id_cipher();

// At start-up, after the migrations: checks that `c` is the key this database was sealed with
// (a known text sealed at first use; a different key is refused with a clear message, never read
// as garbage), then seals every ID number still stored in plaintext (databases from before
// migration 9). Idempotent; inside the caller's write transaction; returns how many were sealed.
// Throws std::runtime_error on a wrong key.
int protect_id_numbers(SQLite::Database& w, const IdCipher& c, const std::string& key_path);

}  // namespace gp::store
