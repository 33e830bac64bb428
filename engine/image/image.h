// Images from files: decoded (PNG) or validated (JPEG) by the engine, never by libharu's own
// loaders (its PNG loader aborts the process on damaged files; it accepts truncated JPEGs).
#pragma once
