// Performs a screen's requests (state/request.h) with the app's connection handling (ctx.h: lost
// connection banner, GET retries, 401 → login) and feeds each reply back to the state through the
// request's on_reply, running whatever that asks next.
#pragma once
#include "controllers/ctx.h"
#include "state/request.h"

namespace app {

void run(Ctx& c, state::Requests requests);

}  // namespace app
