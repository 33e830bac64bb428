// Models built in code for the view tests: a minimal one (only what the format requires)
// and a full one that exercises every part of the vision document.
#pragma once

#include "analysis/analysis.h"
#include "model/model.h"

namespace koers::view::testing {

model::Municipality minimal_municipality();
model::Municipality full_municipality();
model::Catalogue small_catalogue();
// Facts as the analysis would give them for full_municipality().
analysis::Facts full_facts();

}  // namespace koers::view::testing
