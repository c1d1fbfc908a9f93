// In-process: the command-line table (app/options.h). The process-level behaviour (exit codes,
// stderr) is in cli_test.cpp.
#include <gtest/gtest.h>

#include "app/options.h"

using gp::server::command_specs;
using gp::server::help_text;
using gp::server::Invocation;
using gp::server::parse_command_line;
using gp::server::UsageError;

TEST(UnitOptions, HelpDocumentsEveryFlagOfEveryCommand) {
  const std::string help = help_text();
  for (const auto& c : command_specs()) {
    EXPECT_NE(help.find(c.name), std::string::npos) << c.name;
    for (const auto& f : c.flags) {
      EXPECT_NE(help.find(f.name), std::string::npos) << f.name;
      EXPECT_FALSE(f.help.empty()) << f.name << " has no help text";
    }
  }
}

TEST(UnitOptions, DefaultsAndValues) {
  const Invocation a = parse_command_line({"--data", "d"});
  EXPECT_EQ(a.command, "serve");
  EXPECT_EQ(a.action, Invocation::Action::run);
  EXPECT_EQ(a.serve.host, "127.0.0.1");
  EXPECT_EQ(a.serve.port, 8080);
  EXPECT_EQ(a.serve.max_body_bytes, 12u * 1024 * 1024);
  EXPECT_FALSE(a.serve.demo);
  EXPECT_TRUE(a.serve.site_dir.empty());

  const Invocation b = parse_command_line(
      {"serve", "--data=d", "--port", "0", "--site", "s", "--demo", "--host", "0.0.0.0", "--max-body-mb", "2",
       "--threads", "3"});
  EXPECT_EQ(b.serve.port, 0);
  EXPECT_EQ(b.serve.site_dir, "s");
  EXPECT_TRUE(b.serve.demo);
  EXPECT_EQ(b.serve.host, "0.0.0.0");
  EXPECT_EQ(b.serve.max_body_bytes, 2u * 1024 * 1024);
  EXPECT_EQ(b.serve.threads, 3);
  EXPECT_EQ(b.values.at("--demo"), "1");
}

TEST(UnitOptions, HelpAndVersionNeedNothingElse) {
  EXPECT_EQ(parse_command_line({"--help"}).action, Invocation::Action::help);
  EXPECT_EQ(parse_command_line({"-h"}).action, Invocation::Action::help);
  EXPECT_EQ(parse_command_line({"--version"}).action, Invocation::Action::version);
}

TEST(UnitOptions, UsageErrorsThrow) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {}, {"--data"}, {"--data", "d", "--port", "65536"}, {"--data", "d", "--port", "08x"},
           {"--data", "d", "--x"}, {"--data", "d", "-p", "1"}, {"nope"}, {"--data", "d", "--threads", "99999999999999"}})
    EXPECT_THROW(parse_command_line(args), UsageError) << ::testing::PrintToString(args);
}
