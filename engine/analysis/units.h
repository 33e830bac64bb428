// Units as written in input files, brought to one spelling so "procent" and "%" or
// "kg/inwoner" and "kg per inwoner" compare equal (private to the analysis stage).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace koers::analysis {

std::string normalised_unit(std::string_view unit);

bool is_percent(std::string_view normalised);

// A quantity per inhabitant, per household or a share is the same for a municipality as
// for the country; a total (kton, TWh) is not.
bool is_intensive(std::string_view normalised);

// The factor that turns a value in `from` into one in `to` (GWh → TWh: 0.001), both
// normalised; nullopt when they measure different things. Covers energy (kWh … TWh, GJ …
// PJ) and mass (kg … Mton), also per the same thing ("ton per inwoner" → "kg per inwoner").
std::optional<double> conversion_factor(std::string_view from, std::string_view to);

}  // namespace koers::analysis
