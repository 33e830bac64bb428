// Units as written in input files, brought to one spelling so "procent" and "%" or
// "kg/inwoner" and "kg per inwoner" compare equal (private to the analysis stage).
#pragma once

#include <string>
#include <string_view>

namespace koers::analysis {

std::string normalised_unit(std::string_view unit);

bool is_percent(std::string_view normalised);

// A quantity per inhabitant, per household or a share is the same for a municipality as
// for the country; a total (kton, TWh) is not.
bool is_intensive(std::string_view normalised);

}  // namespace koers::analysis
