#include "pipeline/text/confusions.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "pipeline/base/data_dir.h"

namespace delib {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

bool ParseScope(const std::string& s, ConfusionScope* scope) {
  if (s == "letters")
    *scope = ConfusionScope::kLetters;
  else if (s == "digits")
    *scope = ConfusionScope::kDigits;
  else if (s == "initial")
    *scope = ConfusionScope::kInitial;
  else
    return false;
  return true;
}

}  // namespace

Result<ConfusionTable> ConfusionTable::FromText(std::string_view tsv) {
  ConfusionTable table;
  std::istringstream in{std::string(tsv)};
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitTabs(line);
    const std::string where = "confusions line " + std::to_string(n) + ": ";
    if (f.size() != 5)
      return Status(Code::kInternal,
                    where + "5 tab-separated fields expected (seen meant cost scope example)");
    Confusion c;
    c.seen = f[0];
    c.meant = f[1];
    if (c.seen.empty() || c.meant.empty() || c.seen == c.meant)
      return Status(Code::kInternal, where + "seen and meant must be non-empty and differ");
    for (const std::string* s : {&c.seen, &c.meant})
      for (char ch : *s)
        if (ch >= 'A' && ch <= 'Z')
          return Status(Code::kInternal, where + "values are folded (lower case)");
    char* end = nullptr;
    c.cost = std::strtod(f[2].c_str(), &end);
    if (end == f[2].c_str() || *end != '\0' || !(c.cost > 0 && c.cost < 1))
      return Status(Code::kInternal, where + "cost must be a number between 0 and 1 exclusive");
    if (!ParseScope(f[3], &c.scope))
      return Status(Code::kInternal, where + "scope must be letters, digits or initial");
    if (f[4].empty()) return Status(Code::kInternal, where + "an example is required");
    c.example = f[4];
    table.rows_.push_back(std::move(c));
  }
  if (table.rows_.empty()) return Status(Code::kInternal, "confusions: no rows");
  return table;
}

Result<ConfusionTable> ConfusionTable::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Code::kNotFound, "cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  Result<ConfusionTable> r = FromText(ss.str());
  if (!r.ok()) return Status(Code::kInternal, path + ": " + r.status().message());
  return r;
}

const ConfusionTable& ConfusionTable::Default() {
  static const ConfusionTable* table = [] {
    Result<ConfusionTable> r = Load(DataDir() + "/confusions.tsv");
    if (!r.ok()) {
      std::fprintf(stderr, "delib: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new ConfusionTable(r.take());
  }();
  return *table;
}

std::vector<Confusion> ConfusionTable::rows(ConfusionScope scope) const {
  std::vector<Confusion> out;
  for (const Confusion& c : rows_)
    if (c.scope == scope) out.push_back(c);
  return out;
}

char ConfusionTable::MeantFor(char seen, ConfusionScope scope) const {
  for (const Confusion& c : rows_)
    if (c.scope == scope && c.seen.size() == 1 && c.meant.size() == 1 && c.seen[0] == seen)
      return c.meant[0];
  return 0;
}

bool ForeignTo(char c, ConfusionScope scope) {
  const bool digit = c >= '0' && c <= '9';
  const bool letter = c >= 'a' && c <= 'z';
  return scope == ConfusionScope::kDigits ? !digit : !letter;
}

std::string ConfusionTable::Repair(std::string_view folded, ConfusionScope scope) const {
  std::string out(folded);
  for (char& ch : out)
    if (ForeignTo(ch, scope))
      if (char m = MeantFor(ch, scope)) ch = m;
  return out;
}

}  // namespace delib
