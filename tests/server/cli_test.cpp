// The command line: --help documents every flag, usage errors exit 2 with a message, runtime
// failures exit 1, and the data directory is created private.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "server_process.h"

using gp::test::run_server_command;

namespace {

const std::vector<std::string> kEveryFlag = {"--data", "--port", "--host", "--site", "--demo",
                                             "--max-body-mb", "--threads", "--help", "--version"};

}  // namespace

TEST(Cli, HelpExitsZeroAndMentionsEveryFlagAndCommand) {
  const auto r = run_server_command({"--help"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const auto& f : kEveryFlag) EXPECT_NE(r.out.find(f), std::string::npos) << f << " missing from --help";
  EXPECT_NE(r.out.find("serve"), std::string::npos);
  EXPECT_NE(r.out.find("listening on http://"), std::string::npos);
  EXPECT_NE(r.out.find("Exit status"), std::string::npos);
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(Cli, HelpWinsOverOtherFlagsAndWorksPerCommand) {
  EXPECT_EQ(run_server_command({"--port", "1", "--help"}).exit_code, 0);
  const auto r = run_server_command({"serve", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--max-body-mb"), std::string::npos);
}

TEST(Cli, VersionExitsZero) {
  const auto r = run_server_command({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("getpower-server ", 0), 0u) << r.out;
}

struct BadArgs {
  std::vector<std::string> args;
  std::string mentions;  // the message must name the culprit
};

class CliUsageError : public ::testing::TestWithParam<BadArgs> {};

TEST_P(CliUsageError, ExitsTwoWithAMessageOnStderr) {
  const auto r = run_server_command(GetParam().args);
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find(GetParam().mentions), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--help"), std::string::npos) << "should point at --help: " << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

INSTANTIATE_TEST_SUITE_P(
    Cli, CliUsageError,
    ::testing::Values(BadArgs{{}, "--data"},                                           // nothing at all
                      BadArgs{{"--port", "0"}, "--data"},                              // --data is required
                      BadArgs{{"--data", "/tmp/x", "--bogus"}, "--bogus"},             // unknown flag
                      BadArgs{{"--data", "/tmp/x", "--port", "abc"}, "--port"},        // not a number
                      BadArgs{{"--data", "/tmp/x", "--port", "70000"}, "--port"},      // out of range
                      BadArgs{{"--data", "/tmp/x", "--port", "-1"}, "--port"},         // negative
                      BadArgs{{"--data", "/tmp/x", "--port"}, "--port"},               // value missing
                      BadArgs{{"--data", "/tmp/x", "--port", "1", "--port", "2"}, "--port"},  // twice
                      BadArgs{{"--data", "/tmp/x", "--demo=yes"}, "--demo"},           // a switch takes no value
                      BadArgs{{"--data", "/tmp/x", "--threads", "0"}, "--threads"},    // out of range
                      BadArgs{{"--data", "/tmp/x", "--max-body-mb", "1.5"}, "--max-body-mb"},
                      BadArgs{{"--data", "/tmp/x", "stray"}, "stray"},                 // positional
                      BadArgs{{"frobnicate", "--data", "/tmp/x"}, "frobnicate"},       // unknown command
                      BadArgs{{"--data="}, "--data"}));                                // empty path

TEST(Cli, DataPathThatIsAFileExitsOne) {
  gp::test::TempDir tmp;
  const auto file = tmp.write("not-a-dir", "x");
  const auto r = run_server_command({"--port", "0", "--data", file.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("not a directory"), std::string::npos) << r.err;
}

TEST(Cli, MissingSiteDirectoryExitsOne) {
  gp::test::TempDir tmp;
  const auto r = run_server_command({"--port", "0", "--data", (tmp.path() / "d").string(), "--site",
                                     (tmp.path() / "no-such-site").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("--site"), std::string::npos) << r.err;
}

TEST(Cli, DataDirIsCreatedWithMode0700) {
  gp::test::TempDir tmp;
  const auto data = tmp.path() / "nested" / "data";
  gp::test::ServerProcess server({data});
  struct stat st {};
  ASSERT_EQ(::stat(data.c_str(), &st), 0);
  EXPECT_TRUE(S_ISDIR(st.st_mode));
  EXPECT_EQ(st.st_mode & 0777, 0700u);
}

TEST(Cli, ExplicitServeCommandAndEqualsSyntaxWork) {
  gp::test::TempDir tmp;
  gp::test::ServerProcess server({tmp.path(), {}, {"--threads=4", "--max-body-mb", "1", "--demo"}});
  auto res = server.client()->Get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}
