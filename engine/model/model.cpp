#include "model/model.h"

#include <algorithm>

namespace koers::model {
namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Theme* Municipality::theme(const std::string& id) const {
  return find_by_id(themes, id);
}

const Indicator* Municipality::indicator(const std::string& id) const {
  return find_by_id(indicators, id);
}

const Alderman* Municipality::alderman(const std::string& id) const {
  return find_by_id(administration.aldermen, id);
}

const Source* Municipality::source(const std::string& id) const {
  return find_by_id(sources, id);
}

const NamedText* Municipality::text(const std::string& id) const {
  return find_by_id(texts, id);
}

const Framework* Catalogue::framework(const std::string& id) const {
  return find_by_id(frameworks, id);
}

const FrameworkTarget* Catalogue::target(const std::string& id) const {
  for (const auto& f : frameworks)
    if (const auto* t = find_by_id(f.targets, id)) return t;
  return nullptr;
}

}  // namespace koers::model
