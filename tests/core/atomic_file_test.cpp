// write_file_atomically when the write fails: a full disk, a file size limit, a read-only
// folder, a missing folder. Each time: a clear Dutch message, the old file byte for byte,
// and no temporary file.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "support/sandbox.h"

namespace fs = std::filesystem;
using koers::write_file_atomically;
using koers::test::in_child;
using koers::test::SkipChild;

namespace {

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// The names in a folder, sorted, one per line.
std::string listing(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  std::string s;
  for (const auto& n : names) s += n + "\n";
  return s;
}

const std::string kOld = "%PDF-1.4 de vorige, goede versie\n";

class AtomicFileFailure : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("koers-atomic-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }
  fs::path dir_;
};

TEST_F(AtomicFileFailure, MissingFolderNamesTheFolder) {
  const fs::path folder = dir_ / "rapporten";
  std::string error = write_file_atomically(folder / "visie.pdf", "x");
  EXPECT_EQ(error, "kan het bestand niet schrijven: de map bestaat niet: " + folder.string());
  EXPECT_FALSE(fs::exists(folder));
}

TEST_F(AtomicFileFailure, TargetThatIsAFolderIsNamed) {
  fs::create_directories(dir_ / "visie.pdf" / "oud");
  std::string error = write_file_atomically(dir_ / "visie.pdf", "x");
  EXPECT_NE(error.find("er staat een map met de naam"), std::string::npos) << error;
  EXPECT_EQ(listing(dir_), "visie.pdf\n");
}

// A new file gets the usual permissions (0666 less the umask), a replaced file keeps its own.
TEST_F(AtomicFileFailure, PermissionsOfNewAndReplacedFiles) {
  const mode_t mask = ::umask(022);
  const fs::path target = dir_ / "visie.pdf";
  ASSERT_EQ(write_file_atomically(target, "een"), "");
  struct stat st {};
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0666u & ~mask);
  ::chmod(target.c_str(), 0640);
  ASSERT_EQ(write_file_atomically(target, "twee"), "");
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  ::umask(mask);
}

// A file size limit (ulimit -f): write fails with EFBIG once SIGXFSZ is ignored, as the
// koers command does.
TEST_F(AtomicFileFailure, FileSizeLimitLeavesTheOldFile) {
  const fs::path target = dir_ / "visie.pdf";
  write(target, kOld);
  auto report = in_child([&] {
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit {
      4096, 4096
    };
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) throw SkipChild{"setrlimit werkt niet"};
    return write_file_atomically(target, std::string(64 * 1024, 'x'));
  });
  ASSERT_TRUE(report.skipped.empty()) << report.skipped;
  EXPECT_EQ(report.text,
            "kan het bestand niet schrijven: het bestand wordt groter dan het systeem hier "
            "toestaat (bestandslimiet)");
  EXPECT_EQ(read(target), kOld);
  EXPECT_EQ(listing(dir_), "visie.pdf\n") << "een tijdelijk bestand bleef staan";
}

// A disk that is really full: a 16 KiB tmpfs in a mount namespace of the child's own.
TEST_F(AtomicFileFailure, FullDiskGivesTheDiskFullMessageAndLeavesTheOldFile) {
  const fs::path disk = dir_ / "schijf";
  fs::create_directories(disk);
  auto report = in_child([&] {
    if (std::string e = koers::test::mount_small_disk(disk, 16 * 1024); !e.empty())
      throw SkipChild{e};
    write(disk / "visie.pdf", kOld);
    std::string error = write_file_atomically(disk / "visie.pdf", std::string(256 * 1024, 'x'));
    return error + "\n--\n" + read(disk / "visie.pdf") + "--\n" + listing(disk);
  });
  if (!report.skipped.empty()) GTEST_SKIP() << report.skipped;
  EXPECT_EQ(report.text,
            "kan het bestand niet schrijven: de schijf is vol; maak ruimte vrij op "
            "de schijf van " +
                disk.string() + " en probeer het opnieuw\n--\n" + kOld + "--\nvisie.pdf\n");
}

// A read-only folder. Root ignores permission bits, so the folder is a read-only tmpfs;
// without a mount namespace, and not as root, a folder without write permission.
TEST_F(AtomicFileFailure, ReadOnlyFolderIsAClearError) {
  const fs::path disk = dir_ / "archief";
  fs::create_directories(disk);
  auto report = in_child([&] {
    if (std::string e = koers::test::mount_small_disk(disk, 64 * 1024); !e.empty())
      throw SkipChild{e};
    write(disk / "visie.pdf", kOld);
    if (std::string e = koers::test::make_read_only(disk); !e.empty()) throw SkipChild{e};
    std::string error = write_file_atomically(disk / "visie.pdf", "nieuw");
    return error + "\n--\n" + read(disk / "visie.pdf") + "--\n" + listing(disk);
  });
  if (report.skipped.empty()) {
    EXPECT_EQ(report.text, "kan het bestand niet schrijven: de map " + disk.string() +
                               " is alleen-lezen\n--\n" + kOld + "--\nvisie.pdf\n");
    return;
  }
  if (::geteuid() == 0) GTEST_SKIP() << "als root en zonder eigen tmpfs: " << report.skipped;
  write(disk / "visie.pdf", kOld);
  fs::permissions(disk, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_EQ(write_file_atomically(disk / "visie.pdf", "nieuw"),
            "kan het bestand niet schrijven: geen schrijfrechten in de map " + disk.string());
  fs::permissions(disk, fs::perms::owner_all);
  EXPECT_EQ(read(disk / "visie.pdf"), kOld);
  EXPECT_EQ(listing(disk), "visie.pdf\n");
}

}  // namespace
