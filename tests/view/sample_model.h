// Models built in code for the view tests: a minimal one (only what the format requires)
// and a full one that exercises every part of the vision document.
#pragma once

#include "analysis/analysis.h"
#include "model/model.h"
#include "text/messages.h"

namespace koers::view::testing {

model::Municipality minimal_municipality();
model::Municipality full_municipality();
model::Catalogue small_catalogue();
// Facts as the analysis would give them for full_municipality().
analysis::Facts full_facts();
// The Dutch catalogue of locales/, loaded once for all view tests.
const text::Messages& dutch();

}  // namespace koers::view::testing
