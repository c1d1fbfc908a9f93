// The customer's screens (issue 4): apply, my applications, detail, contract, rating, managers,
// tracking, reservations, messages, kiosk.
#include "state/strings.h"

namespace state {
namespace {
constexpr StringEntry kEntries[] = {
    {"customer.placeholder", "客户服务", "Customer service"},
};
}  // namespace
extern const StringChunk kStringsCustomer{kEntries, sizeof(kEntries) / sizeof(kEntries[0])};
}  // namespace state
