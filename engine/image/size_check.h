// The size limits shared by the PNG and JPEG readers.
#pragma once

#include <string>

#include "image/image.h"

namespace koers::image {

// A Dutch message when width × height pixels is empty or over the limits; empty when fine.
std::string size_error(long long width, long long height, const Limits& limits);

}  // namespace koers::image
