#include "pdf/pdf.h"
