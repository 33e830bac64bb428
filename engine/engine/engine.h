// koers::Engine: renders a municipality's documents to PDF bytes or files. No global mutable
// state; one Engine can serve several threads.
#pragma once
