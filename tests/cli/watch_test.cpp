// koers watch: renders once, renders again after a house style change, stops on SIGTERM.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::TempDir;
using Clock = std::chrono::steady_clock;

namespace {

// Starts koers with KOERS_HOME set, stdout and stderr to log; returns the child's pid.
pid_t start_koers(const std::vector<std::string>& args, const fs::path& home, const fs::path& log) {
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e)
    if (std::string(*e).rfind("KOERS_HOME=", 0) != 0) env_strings.emplace_back(*e);
  env_strings.push_back("KOERS_HOME=" + home.string());
  std::vector<std::string> argv_strings{KOERS_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv, envp;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) {
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ::dup2(fd, 1);
      ::dup2(fd, 2);
    }
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  return pid;
}

bool wait_until(const std::function<bool()>& done, std::chrono::seconds limit) {
  Clock::time_point end = Clock::now() + limit;
  while (Clock::now() < end) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return done();
}

fs::file_time_type mtime(const fs::path& p) {
  std::error_code ec;
  return fs::last_write_time(p, ec);
}

}  // namespace

TEST(Watch, RerendersAfterAStyleChangeAndStopsCleanly) {
  TempDir dir("watch");
  fs::path home = dir.path() / "home";
  fs::create_directories(home);
  for (const char* folder : {"templates", "styles", "locales", "data"})
    fs::copy(fs::path(KOERS_SOURCE_DIR) / folder, home / folder, fs::copy_options::recursive);
  fs::path work = dir.path() / "werk";
  fs::create_directories(work);
  for (const char* file : {"zuiderhaven.xml", "zuiderhaven-logo.png"})
    fs::copy_file(fs::path(KOERS_SOURCE_DIR) / "samples" / file, work / file);
  fs::path out = dir.path() / "uit" / "visie.pdf";
  fs::create_directories(out.parent_path());
  fs::path log = dir.path() / "watch.log";

  pid_t pid = start_koers(
      {"watch", (work / "zuiderhaven.xml").string(), "--doc", "visie", "-o", out.string()}, home,
      log);
  ASSERT_GT(pid, 0);
  bool first = wait_until([&] { return fs::exists(out); }, std::chrono::seconds(60));
  if (!first) ::kill(pid, SIGKILL);
  ASSERT_TRUE(first) << koers::test::read_file(log);
  // The first PDF is written after the watches are in place.
  fs::file_time_type before = mtime(out);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));

  Clock::time_point changed = Clock::now();
  {
    std::ofstream css(home / "styles" / "base" / "style.css", std::ios::app);
    css << "\n/* gewijzigd door watch_test */\n";
  }
  bool again = wait_until([&] { return mtime(out) != before; }, std::chrono::seconds(10));
  auto elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - changed).count();
  std::cout << "[watch] PDF opnieuw geschreven " << elapsed << " ms na de stijlwijziging\n";
  // Let the message about the re-render reach the log.
  wait_until(
      [&] { return koers::test::read_file(log).find("opnieuw gemaakt in") != std::string::npos; },
      std::chrono::seconds(2));

  ::kill(pid, SIGTERM);
  int status = 0;
  bool ended =
      wait_until([&] { return ::waitpid(pid, &status, WNOHANG) == pid; }, std::chrono::seconds(10));
  if (!ended) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
  }
  std::string text = koers::test::read_file(log);
  std::cout << "[watch] log:\n" << text;
  EXPECT_TRUE(again) << text;
  EXPECT_NE(text.find("opnieuw gemaakt in"), std::string::npos) << text;
  ASSERT_TRUE(ended) << text;
  ASSERT_TRUE(WIFEXITED(status)) << text;
  EXPECT_EQ(WEXITSTATUS(status), 0) << text;
}

TEST(Watch, MissingOutputIsAUsageError) {
  auto r = koers::test::run(koers::test::shell_quote(KOERS_BINARY) + " watch x.xml");
  EXPECT_EQ(r.exit_code, 2);
}
