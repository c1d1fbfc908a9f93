// The staff's screens (issue 5): queue, intake, reservations, board, indicators, reserve pool,
// capacity, administration.
#include "state/strings.h"

namespace state {
namespace {
constexpr StringEntry kEntries[] = {
    {"staff.placeholder", "员工工作台", "Staff desk"},
};
}  // namespace
extern const StringChunk kStringsStaff{kEntries, sizeof(kEntries) / sizeof(kEntries[0])};
}  // namespace state
