#include "store/id_cipher.h"

#include "store/sql.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace gp::store {
namespace {

constexpr const char* kPrefix = "v1:";
constexpr const char* kCheckText = "getpower resident-id key check v1";

std::shared_ptr<const IdCipher>& slot() {
  static std::shared_ptr<const IdCipher> c;
  return c;
}

[[noreturn]] void refuse(const std::string& path, const std::string& why) {
  throw std::runtime_error("ID number key file " + path + ": " + why);
}

void init_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialize");
}

}  // namespace

IdCipher::IdCipher(const std::array<unsigned char, 32>& key) : key_(key) {
  init_sodium();
  // A separate key for lookups: a hash never helps open a box, nor the other way round.
  static const unsigned char ctx[] = "getpower id-number lookup v1";
  crypto_generichash(lookup_key_.data(), lookup_key_.size(), ctx, sizeof ctx - 1, key_.data(), key_.size());
}

IdCipher IdCipher::load_or_create(const std::string& path) {
  init_sodium();
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) refuse(path, std::strerror(errno));
    std::array<unsigned char, 32> key{};
    randombytes_buf(key.data(), key.size());
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, key.data(), key.size());
    const std::string text = std::string(hex) + "\n";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) refuse(path, std::string("cannot create: ") + std::strerror(errno));
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
      ::unlink(path.c_str());
      refuse(path, "cannot write the new key");
    }
    sodium_memzero(hex, sizeof hex);
    return IdCipher(key);
  }
  if (!S_ISREG(st.st_mode)) refuse(path, "not a regular file");
  if ((st.st_mode & 077) != 0) refuse(path, "readable or writable by others than its owner; chmod 600 it");
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) refuse(path, std::string("cannot read: ") + std::strerror(errno));
  char buf[200];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  ::close(fd);
  std::string text(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::array<unsigned char, 32> key{};
  std::size_t len = 0;
  if (text.size() != 64 || sodium_hex2bin(key.data(), key.size(), text.data(), text.size(), nullptr, &len, nullptr) != 0 || len != 32)
    refuse(path, "malformed: expected 64 hexadecimal digits (a 32-byte key)");
  sodium_memzero(buf, sizeof buf);
  return IdCipher(key);
}

std::string IdCipher::seal(const std::string& plain) const {
  std::vector<unsigned char> out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
  randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(out.data() + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                        out.data(), key_.data());
  std::string b64(sodium_base64_ENCODED_LEN(out.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), out.data(), out.size(), sodium_base64_VARIANT_ORIGINAL);
  b64.resize(std::strlen(b64.c_str()));
  return kPrefix + b64;
}

std::optional<std::string> IdCipher::open(const std::string& sealed) const {
  if (!is_sealed(sealed)) return std::nullopt;
  const std::string b64 = sealed.substr(std::strlen(kPrefix));
  std::vector<unsigned char> raw(b64.size());
  std::size_t len = 0;
  if (sodium_base642bin(raw.data(), raw.size(), b64.data(), b64.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return std::nullopt;
  if (len < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  std::string plain(len - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), raw.data() + crypto_secretbox_NONCEBYTES,
                                 len - crypto_secretbox_NONCEBYTES, raw.data(), key_.data()) != 0)
    return std::nullopt;
  return plain;
}

std::string IdCipher::lookup_hash(const std::string& plain) const {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), lookup_key_.data(), lookup_key_.size());
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return hex;
}

bool is_sealed(const std::string& stored) { return stored.rfind(kPrefix, 0) == 0; }

void set_id_cipher(std::shared_ptr<const IdCipher> c) { slot() = std::move(c); }
const IdCipher* id_cipher() { return slot().get(); }

int protect_id_numbers(SQLite::Database& w, const IdCipher& c, const std::string& key_path) {
  {
    SQLite::Statement q(w, "SELECT sealed FROM id_key_check WHERE id = 1");
    if (q.executeStep()) {
      if (c.open(q.getColumn(0).getString()) != std::string(kCheckText))
        throw std::runtime_error("ID number key file " + key_path +
                                 " is not the key this database's resident ID numbers were encrypted with; start with the "
                                 "--id-key-file it was created with (docs/deploy.md)");
    } else {
      SQLite::Statement ins(w, "INSERT INTO id_key_check(id, sealed) VALUES (1, ?)");
      ins.bind(1, c.seal(kCheckText));
      ins.exec();
    }
  }
  // Plaintext left by databases from before migration 9. secure_delete: the old page contents are
  // overwritten, not left in free space.
  std::vector<std::pair<std::int64_t, std::string>> plain;
  {
    SQLite::Statement q(w, "SELECT id, id_number FROM users WHERE id_number IS NOT NULL AND id_number NOT LIKE 'v1:%'");
    while (q.executeStep()) plain.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
  }
  if (!plain.empty()) {
    w.exec("PRAGMA secure_delete = ON");
    for (const auto& [id, number] : plain) {
      SQLite::Statement u(w, "UPDATE users SET id_number = ?, id_number_lookup = ? WHERE id = ?");
      u.bind(1, c.seal(number));
      u.bind(2, c.lookup_hash(number));
      u.bind(3, id);
      u.exec();
    }
  }
  return static_cast<int>(plain.size());
}

}  // namespace gp::store
