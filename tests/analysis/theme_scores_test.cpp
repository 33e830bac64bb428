#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "model_builders.h"

namespace koers::analysis {
namespace {

model::Assessment assessment(std::string theme, int score) {
  model::Assessment a;
  a.theme = std::move(theme);
  a.score = score;
  return a;
}

model::Municipality scanned() {
  model::Municipality m = fixture::municipality();
  for (const char* id : {"energie", "warmte", "klimaat"}) {
    model::Theme t;
    t.id = id;
    t.name = id;
    m.themes.push_back(t);
  }
  m.quickscan.emplace();
  m.quickscan->scale = 4;
  m.quickscan->assessments = {assessment("klimaat", 4), assessment("energie", 2),
                              assessment("onbekend", 3), assessment("warmte", 4)};
  return m;
}

std::vector<std::string> themes_of(const std::vector<ThemeScore>& scores) {
  std::vector<std::string> out;
  for (const ThemeScore& s : scores) out.push_back(s.theme);
  return out;
}

TEST(ThemeScores, FollowTheThemeOrderWithUnlistedThemesLast) {
  std::vector<ThemeScore> scores = theme_scores(scanned());
  EXPECT_EQ(themes_of(scores),
            (std::vector<std::string>{"energie", "warmte", "klimaat", "onbekend"}));
  EXPECT_EQ(scores[0].score, 2);
  EXPECT_EQ(scores[1].score, 4);
  EXPECT_EQ(scores[3].score, 3);
  for (const ThemeScore& s : scores) EXPECT_EQ(s.scale, 4);
}

TEST(ThemeScores, AreEmptyWithoutAQuickscan) {
  EXPECT_TRUE(theme_scores(fixture::municipality()).empty());
}

TEST(ThemeScores, RankStrongestFirstWithTiesInThemeOrder) {
  std::vector<ThemeScore> scores = theme_scores(scanned());
  EXPECT_EQ(strongest_themes(scores),
            (std::vector<std::string>{"warmte", "klimaat", "onbekend", "energie"}));
}

TEST(ThemeScores, RankOpportunitiesLowestFirstWithTiesInThemeOrder) {
  std::vector<ThemeScore> scores = theme_scores(scanned());
  EXPECT_EQ(opportunity_themes(scores),
            (std::vector<std::string>{"energie", "onbekend", "warmte", "klimaat"}));
}

}  // namespace
}  // namespace koers::analysis
