#include "document/suggestion.h"

#include <span>

#include "core/closest_match.h"

namespace koers::doc {

std::string closest_name(std::string_view word, const std::string_view* first,
                         const std::string_view* last) {
  return closest_match(word, std::span<const std::string_view>(first, last));
}

}  // namespace koers::doc
