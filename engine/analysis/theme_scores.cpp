// Quickscan scores per theme and the themes that stand out, for the summaries of the
// quickscan report and the vision document.
#include <algorithm>

#include "analysis/analysis.h"

namespace koers::analysis {
namespace {

std::vector<std::string> ranked(std::vector<ThemeScore> scores, bool highest_first) {
  std::stable_sort(scores.begin(), scores.end(), [&](const ThemeScore& a, const ThemeScore& b) {
    return highest_first ? a.score > b.score : a.score < b.score;
  });
  std::vector<std::string> themes;
  for (const ThemeScore& s : scores) themes.push_back(s.theme);
  return themes;
}

}  // namespace

std::vector<ThemeScore> theme_scores(const model::Municipality& m) {
  std::vector<ThemeScore> scores;
  if (!m.quickscan) return scores;
  const std::vector<model::Assessment>& assessments = m.quickscan->assessments;
  std::vector<bool> taken(assessments.size(), false);
  auto add = [&](std::size_t i) {
    taken[i] = true;
    scores.push_back({assessments[i].theme, assessments[i].score, m.quickscan->scale});
  };
  for (const model::Theme& theme : m.themes) {
    for (std::size_t i = 0; i < assessments.size(); ++i) {
      if (!taken[i] && assessments[i].theme == theme.id) add(i);
    }
  }
  for (std::size_t i = 0; i < assessments.size(); ++i) {
    if (!taken[i]) add(i);
  }
  return scores;
}

std::vector<std::string> strongest_themes(const std::vector<ThemeScore>& scores) {
  return ranked(scores, true);
}

std::vector<std::string> opportunity_themes(const std::vector<ThemeScore>& scores) {
  return ranked(scores, false);
}

}  // namespace koers::analysis
