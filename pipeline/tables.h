// Placeholder until the table detector lands (helper branch h/tables).
#pragma once
#include <vector>
#include "pipeline/page_text.h"
struct Pix;
namespace delib {
std::vector<Table> DetectTables(Pix* gray, double pt_per_px, const std::vector<Word>& words);
}
