// getpower-server: everything lives in the gp_server library (tests drive it over HTTP).
#include "app/run.h"

int main(int argc, char** argv) { return gp::server::run(argc, argv); }
