#include "text/font.h"
