// Attendance grids: as text lines (boxes and ticks in a line) and as tables
// found on a page image.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "extractors/attendance.h"
#include "extractors/attendance_internal.h"
#include "extractors/names.h"
#include "pipeline/base/fold.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/tokens.h"

namespace delib {
namespace attendance_detail {

// ---------------------------------------------------------------------------
// Attendance grids as text lines.

enum class Col { kPresent, kAbsent, kExcused };

struct Marker {
  size_t b = 0, e = 0;  // folded
  bool checked = false;
  double x = -1;  // centre of its word, when known
};

std::vector<Marker> MarkersOnLine(const DocText& doc, size_t li) {
  static const RE2 kMarker(
      "(<input\\b[^>]*>)|(\\x{2610}|\\x{25A1}|\\x{25A2}|\\x{274F})|"
      "(\\x{2612}|\\x{2611}|\\x{25A0}|\\x{2713}|\\x{2714}|\\x{2717}|\\x{2718}|\\x{2613}|\\x{22A0}|"
      "\\x{25A3})|"
      "(?:^|\\s)(x|\\[\\s*x\\s*\\])(?:\\s|$)|(?:^|\\s)(\\[\\s*\\])(?:\\s|$)");
  const DocText::LineRef& ref = doc.lines()[li];
  const std::string& f = doc.folded();
  std::vector<Marker> out;
  re2::StringPiece text = Piece(f, ref.folded_begin, ref.folded_end);
  re2::StringPiece m[6];
  size_t pos = 0;
  while (pos < text.size() && kMarker.Match(text, pos, text.size(), RE2::UNANCHORED, m, 6)) {
    Marker mk;
    int g = !m[1].empty() ? 1 : !m[2].empty() ? 2 : !m[3].empty() ? 3 : !m[4].empty() ? 4 : 5;
    mk.b = m[g].data() - f.data();
    mk.e = mk.b + m[g].size();
    if (g == 1) {
      std::string tag(m[1].data(), m[1].size());
      if (tag.find("checkbox") == std::string::npos) {
        pos = m[0].data() - text.data() + m[0].size();
        continue;
      }
      mk.checked = tag.find("checked") != std::string::npos;
    } else {
      mk.checked = g == 3 || g == 4;
    }
    // Centre of the word holding it.
    size_t rb = doc.RawOffset(mk.b);
    size_t off = ref.raw_begin;
    for (const Word& w : ref.line->words) {
      if (rb >= off && rb < off + w.text.size() + 1) {
        mk.x = (w.box.x0 + w.box.x1) / 2;
        break;
      }
      off += w.text.size() + 1;
    }
    out.push_back(mk);
    // An "x" consumes its following space; let the next one start there.
    pos = g >= 4 ? mk.e - ref.folded_begin : m[0].data() - text.data() + m[0].size();
  }
  return out;
}

// The person's name in the text before a row's first box: after the last
// civility; without one, the trailing capitals and one given name before
// them (the collectivité comes first: "Département du Nord Grégory
// BARTHOLOMEUS").
Span RowName(const DocText& doc, size_t b, size_t e) {
  static const RE2 kCivility("(?:^|\\s)(?:" + Alternation(WordClass::kCivility) + ")\\.?\\s");
  const std::string& f = doc.folded();
  re2::StringPiece text = Piece(f, b, e);
  re2::StringPiece m;
  size_t pos = 0, after = std::string::npos;
  while (pos < text.size() && kCivility.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    after = m.data() - text.data() + m.size();
    pos = after;
  }
  Span s{b, e};
  if (after != std::string::npos) {
    s.b = b + after;
    TrimSpan(f, &s.b, &s.e);
    return s;
  }
  // Tokens from the end.
  std::vector<Span> toks;
  for (size_t i = b; i < e;) {
    while (i < e && IsBlank(f[i])) ++i;
    size_t tb = i;
    while (i < e && !IsBlank(f[i])) ++i;
    if (i > tb) toks.push_back({tb, i});
  }
  int k = static_cast<int>(toks.size()) - 1;
  int surname_start = -1;
  while (k >= 0 && HoldsSurname(doc, toks[k].b, toks[k].e)) surname_start = k--;
  if (surname_start < 0) return {e, e};
  if (k >= 0) {
    TokenShape sh = ShapeOf(RawText(doc, toks[k].b, toks[k].e));
    if (sh.first_upper && sh.lower > 0 && sh.digits == 0) surname_start = k;
  }
  return {toks[surname_start].b, e};
}

bool AllIntegers(const DocText& doc, size_t b, size_t e, std::vector<std::pair<int, Span>>* nums) {
  const std::string& f = doc.folded();
  nums->clear();
  for (size_t i = b; i < e;) {
    while (i < e && IsBlank(f[i])) ++i;
    size_t tb = i;
    while (i < e && !IsBlank(f[i])) ++i;
    if (i == tb) continue;
    int n = 0;
    if (!ParseInt(std::string_view(f.data() + tb, i - tb), &n)) return false;
    nums->push_back({n, {tb, i}});
  }
  return !nums->empty();
}

bool AllIntegersLine(const DocText& doc, size_t b, size_t e) {
  std::vector<std::pair<int, Span>> nums;
  return AllIntegers(doc, b, e, &nums);
}

const char* ColKey(Col c) {
  return c == Col::kPresent ? "present" : c == Col::kAbsent ? "absent" : "excused";
}

std::vector<std::string>* ColList(Col c, Attendance* at) {
  return c == Col::kPresent ? &at->present : c == Col::kAbsent ? &at->absent : &at->excused;
}

Opt<int>* ColCount(Col c, Attendance* at) {
  return c == Col::kPresent  ? &at->present_count
         : c == Col::kAbsent ? &at->absent_count
                             : &at->excused_count;
}

// Returns whether a grid was read.
bool ReadTextGrid(const DocText& doc, Act* act) {
  static const RE2 kPresent("(\\bpresent" DELIB_PLURAL "\\b)");
  static const RE2 kAbsent("(\\babsent" DELIB_PLURAL "\\b)");
  static const RE2 kExcused("(\\bexcuse" DELIB_PLURAL "\\b)");
  static const RE2 kPouvoir("\\b(?:pouvoirs?|procurations?|represente" DELIB_PLURAL ")\\b");
  const std::string& f = doc.folded();
  const size_t last = std::min(act->last_line, doc.lines().size());
  bool read = false;
  for (size_t li = act->first_line; li < last; ++li) {
    const DocText::LineRef& ref = doc.lines()[li];
    re2::StringPiece line = Piece(f, ref.folded_begin, ref.folded_end);
    if (line.size() > 200) continue;  // a header is short
    re2::StringPiece mp, ma, me;
    bool has_p = RE2::PartialMatch(line, kPresent, &mp);
    if (!has_p) continue;
    bool has_a = RE2::PartialMatch(line, kAbsent, &ma);
    bool has_e = RE2::PartialMatch(line, kExcused, &me);
    if ((!has_a && !has_e) || line.find(':') != re2::StringPiece::npos) continue;
    // Columns in the header's order, with the x of their header word.
    struct ColPos {
      Col col;
      size_t off;
      double x;
    };
    std::vector<ColPos> cols;
    auto x_of = [&](size_t folded_off) {
      size_t rb = doc.RawOffset(folded_off);
      size_t off = ref.raw_begin;
      for (const Word& w : ref.line->words) {
        if (rb >= off && rb < off + w.text.size() + 1) return (w.box.x0 + w.box.x1) / 2;
        off += w.text.size() + 1;
      }
      return -1.0;
    };
    auto add = [&](Col c, bool has, const re2::StringPiece& m) {
      if (!has) return;
      size_t off = ref.folded_begin + (m.data() - line.data());
      cols.push_back({c, off, x_of(off)});
    };
    add(Col::kPresent, has_p, mp);
    add(Col::kAbsent, has_a, ma);
    add(Col::kExcused, has_e, me);
    std::sort(cols.begin(), cols.end(),
              [](const ColPos& a, const ColPos& b) { return a.off < b.off; });
    bool has_proxy_col = RE2::PartialMatch(line, kPouvoir);

    Attendance& at = act->attendance;
    bool any_row = false;
    size_t row = li + 1;
    for (; row < last; ++row) {
      const DocText::LineRef& rr = doc.lines()[row];
      std::vector<Marker> marks = MarkersOnLine(doc, row);
      if (marks.empty() && !any_row && row <= li + 2 &&
          !AllIntegersLine(doc, rr.folded_begin, rr.folded_end)) {
        continue;  // the end of a header wrapped over lines ("Pouvoir\nà")
      }
      if (marks.empty()) {
        std::vector<std::pair<int, Span>> nums;
        if (AllIntegers(doc, rr.folded_begin, rr.folded_end, &nums) && nums.size() >= 2 &&
            nums.size() <= cols.size() + 1) {
          for (size_t k = 0; k < nums.size(); ++k) {
            Evidence ev = doc.EvidenceForFolded(nums[k].second.b, nums[k].second.e);
            if (k < cols.size()) {
              SetCount(ColCount(cols[k].col, &at), nums[k].first,
                       std::string("/attendance/") + ColKey(cols[k].col) + "_count", ev, act);
            } else if (has_proxy_col) {
              SetCount(&at.proxies_count, nums[k].first, "/attendance/proxies_count", ev, act);
            }
          }
          ++row;
        }
        break;
      }
      read = true;
      any_row = true;
      // Which column each box is in: in order when there is one per column,
      // else by the x of its header word.
      std::vector<Col> checked;
      if (marks.size() == cols.size()) {
        for (size_t k = 0; k < marks.size(); ++k)
          if (marks[k].checked) checked.push_back(cols[k].col);
      } else {
        for (const Marker& mk : marks) {
          if (!mk.checked || mk.x < 0) continue;
          double best = 1e18;
          const ColPos* bc = nullptr;
          for (const ColPos& c : cols) {
            if (c.x < 0) continue;
            double d = std::abs(c.x - mk.x);
            if (d < best) {
              best = d;
              bc = &c;
            }
          }
          if (bc) checked.push_back(bc->col);
        }
      }
      Span name = RowName(doc, rr.folded_begin, marks.front().b);
      if (name.e <= name.b) continue;
      std::string printed = StripCivility(RawText(doc, name.b, name.e));
      if (printed.empty()) continue;
      Evidence ev = doc.EvidenceForFolded(name.b, name.e);
      for (Col c : checked) AddName(ColList(c, &at), ColKey(c), printed, ev, act);
      size_t pb = marks.back().e, pe = rr.folded_end;
      TrimSpan(f, &pb, &pe);
      if (pe > pb) {
        std::string to = StripCivility(RawText(doc, pb, pe));
        if (PlausibleName(to)) AddProxy(printed, to, doc.EvidenceForFolded(name.b, pe), act);
      }
    }
    li = row > li ? row - 1 : li;
  }
  return read;
}

// ---------------------------------------------------------------------------
// Attendance grids found on the page image.

std::string CellFolded(const TableCell& c) {
  std::string f = Fold(c.text);
  size_t b = 0, e = f.size();
  while (b < e && IsBlank(f[b])) ++b;
  while (e > b && IsBlank(f[e - 1])) --e;
  return f.substr(b, e - b);
}

// A cell's text without the tokens that hold no letter or digit (the
// cell's rules and dirt).
std::string CellWords(const TableCell& c) {
  std::string out;
  const std::string& t = c.text;
  for (size_t i = 0; i < t.size();) {
    while (i < t.size() && IsBlank(t[i])) ++i;
    size_t b = i;
    bool word = false;
    while (i < t.size() && !IsBlank(t[i])) {
      unsigned char ch = static_cast<unsigned char>(t[i++]);
      word |= std::isalnum(ch) || ch >= 0x80;
    }
    if (!word) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(t, b, i - b);
  }
  return out;
}

// The person a cell names, civility removed. A narrow column wraps a
// surname inside the word ("Mme\nRUBIO COQ\nUEMPOT"): when the cell's words
// make no name, two adjacent words in capitals are tried joined.
std::string CellName(const TableCell& c) {
  std::string name = StripCivility(CellWords(c));
  if (PlausibleName(name)) return name;
  std::vector<std::string> words = WordsOf(name);
  // The last pair first: a wrap cuts the name's end.
  for (size_t k = words.size() < 2 ? 0 : words.size() - 1; k-- > 0;) {
    TokenShape a = ShapeOf(words[k]), b = ShapeOf(words[k + 1]);
    if (a.letters < 2 || a.lower > 0 || b.letters < 2 || b.lower > 0) continue;
    std::string j;
    for (size_t i = 0; i < words.size(); ++i)
      j += (i == 0 ? "" : (i == k + 1 ? "" : " ")) + words[i];
    if (PlausibleName(j)) return j;
  }
  return name;
}

bool CellTicked(const TableCell& c) {
  if (c.checkbox) return c.checked;
  std::string f = CellFolded(c);
  static const RE2 kTick(
      "x|\\x{2612}|\\x{2611}|\\x{25A0}|\\x{2713}|\\x{2714}|\\x{2717}|\\x{2718}|\\x{2613}|\\x{22A0}|"
      "oui");
  return !f.empty() && RE2::FullMatch(f, kTick);
}

}  // namespace attendance_detail

using namespace attendance_detail;

bool AttendanceFromTable(const Table& table, int page, double confidence, Act* act) {
  static const RE2 kPresent("\\bpresent" DELIB_PLURAL "\\b");
  static const RE2 kAbsent("\\babsent" DELIB_PLURAL "\\b");
  static const RE2 kExcused("\\bexcuse" DELIB_PLURAL "\\b");
  static const RE2 kPouvoir("\\b(?:pouvoirs?|procurations?|represente" DELIB_PLURAL ")\\b");
  static const RE2 kNameCol("\\b(?:membres?|noms?|elus?|delegues?|conseillers?|titulaires?)\\b");
  static const RE2 kGroupCol("\\b(?:collectivites?|organismes?|structures?|colleges?)\\b");
  std::vector<std::vector<const TableCell*>> grid(
      table.rows, std::vector<const TableCell*>(table.cols, nullptr));
  for (const TableCell& c : table.cells) {
    if (c.row >= 0 && c.row < table.rows && c.col >= 0 && c.col < table.cols)
      grid[c.row][c.col] = &c;
  }
  int header = -1, name_col = -1, proxy_col = -1, group_col = -1;
  std::vector<std::pair<int, Col>> cols;
  for (int r = 0; r < table.rows && header < 0; ++r) {
    std::vector<std::pair<int, Col>> found;
    int nc = -1, pc = -1, gc = -1;
    for (int c = 0; c < table.cols; ++c) {
      if (!grid[r][c]) continue;
      std::string f = CellFolded(*grid[r][c]);
      // A narrow column breaks its header word over lines ("Présen ts",
      // "Excusé s"): read it with the break closed.
      if (!RE2::PartialMatch(f, kPresent) && !RE2::PartialMatch(f, kExcused) &&
          !RE2::PartialMatch(f, kAbsent)) {
        std::string squeezed;
        for (char ch : f)
          if (!IsBlank(ch)) squeezed.push_back(ch);
        // Its tail may be damaged too: a stem and up to three letters.
        static const RE2 kBroken("(presen|absen|excus)[a-z]{0,3}");
        std::string stem;
        if (RE2::FullMatch(squeezed, kBroken, &stem))
          f = stem == "presen" ? "present" : stem == "absen" ? "absent" : "excuse";
      }
      if (RE2::PartialMatch(f, kPresent))
        found.push_back({c, Col::kPresent});
      else if (RE2::PartialMatch(f, kExcused))
        found.push_back({c, Col::kExcused});
      else if (RE2::PartialMatch(f, kAbsent))
        found.push_back({c, Col::kAbsent});
      else if (RE2::PartialMatch(f, kPouvoir))
        pc = c;
      else if (RE2::PartialMatch(f, kGroupCol) && gc < 0)
        gc = c;
      else if (RE2::PartialMatch(f, kNameCol) && nc < 0)
        nc = c;
    }
    bool has_present = false;
    for (auto& [c, col] : found) has_present |= col == Col::kPresent;
    if (has_present && found.size() >= 2) {
      header = r;
      cols = found;
      name_col = nc;
      proxy_col = pc;
      group_col = gc;
    }
  }
  if (header < 0) return false;
  if (name_col < 0) {
    int first_status = table.cols;
    for (auto& [c, col] : cols) first_status = std::min(first_status, c);
    name_col = first_status - 1;
  }
  if (name_col < 0) return false;
  Attendance& at = act->attendance;
  auto cell_ev = [&](const TableCell& c) {
    Evidence ev;
    ev.page = page;
    ev.box = c.box;
    ev.text = c.text;
    ev.confidence = confidence;
    return ev;
  };
  std::string group;  // the collectivité a delegate sits for (merged cells)
  const TableCell* header_name = grid[header][name_col];
  for (int r = header + 1; r < table.rows; ++r) {
    const TableCell* nc = grid[r][name_col];
    // A row whose name cell is the header's own (merged, same box) is the
    // header's lower part, split by a stray rule under some of its words.
    if (nc && header_name && nc->box.x0 == header_name->box.x0 &&
        nc->box.y0 == header_name->box.y0 && nc->box.y1 == header_name->box.y1)
      continue;
    std::string name = nc ? StripCivility(CellWords(*nc)) : "";
    // The row names its own collectivité (not a merged cell from above).
    bool own_group = false;
    if (group_col >= 0 && group_col != name_col && grid[r][group_col] &&
        !CellWords(*grid[r][group_col]).empty()) {
      group = CellWords(*grid[r][group_col]);
      own_group = grid[r - 1][group_col] != grid[r][group_col] && AsciiLetters(group) >= 3;
    }
    // Totals row: numbers under the status columns, no box, no name in its
    // name cell.
    bool totals = name.empty();
    if (!totals) {
      int numbers = 0, boxes = 0;
      for (auto& [c, col] : cols) {
        int n = 0;
        if (!grid[r][c]) continue;
        boxes += grid[r][c]->checkbox;
        numbers += ParseInt(CellFolded(*grid[r][c]), &n);
      }
      totals = boxes == 0 && numbers >= 2 && numbers == static_cast<int>(cols.size()) &&
               !PlausibleName(name);
    }
    if (!totals && !group.empty() && PlausibleName(name)) at.groups[name] = group;
    if (totals) {
      // Totals row: numbers under the status columns (and the proxies one).
      for (auto& [c, col] : cols) {
        int n = 0;
        if (grid[r][c] && ParseInt(CellFolded(*grid[r][c]), &n))
          SetCount(ColCount(col, &at), n, std::string("/attendance/") + ColKey(col) + "_count",
                   cell_ev(*grid[r][c]), act);
      }
      int n = 0;
      if (proxy_col >= 0 && grid[r][proxy_col] && ParseInt(CellFolded(*grid[r][proxy_col]), &n))
        SetCount(&at.proxies_count, n, "/attendance/proxies_count", cell_ev(*grid[r][proxy_col]),
                 act);
      continue;
    }
    // OCR noise left alone in a name cell ("a") is no member; a proxy cell
    // beside it with words is a pair the reading lost.
    if (!PlausibleName(name)) {
      if (proxy_col >= 0 && grid[r][proxy_col] && ContainsLetter(CellWords(*grid[r][proxy_col])))
        ++at.proxies.unread_maybe_void;
      // A member's name garbled, not a speck; or lost beside the collectivité it sits for.
      if (AsciiLetters(name) >= 3 || own_group) ++at.rows_unread;
      continue;
    }
    bool ticked_present = false, ticked = false;
    int ticks = 0;
    for (auto& [c, col] : cols) ticks += grid[r][c] && CellTicked(*grid[r][c]);
    // Ticked in two status columns: the reading cannot tell which, no list
    // holds the member.
    for (auto& [c, col] : cols) {
      if (ticks == 1 && grid[r][c] && CellTicked(*grid[r][c])) {
        AddName(ColList(col, &at), ColKey(col), name, cell_ev(*nc), act);
        ticked_present |= col == Col::kPresent;
        ticked = true;
      }
    }
    // A member whose boxes are undecided: one no list holds.
    if (!ticked && !cols.empty()) ++at.rows_unread;
    if (proxy_col >= 0 && grid[r][proxy_col]) {
      std::string to = CellName(*grid[r][proxy_col]);
      if (!to.empty() && PlausibleName(to)) {
        Evidence ev = cell_ev(*grid[r][proxy_col]);
        ev.box.Extend(nc->box);
        ev.text = nc->text + " -> " + grid[r][proxy_col]->text;
        AddProxy(name, to, ev, act);
      } else if (ContainsLetter(to)) {
        // Words, but no name: a pair the reading lost.
        ++(ticked_present ? at.proxies.unread_maybe_void : at.proxies.unread);
      }
    }
  }
  // A holder the grid's narrow column broke into pieces ("HING REZ-CÉRÉD A")
  // is the member whose surname it spells, spaces aside.
  std::vector<std::string> members;
  for (const auto* list : {&at.present, &at.absent, &at.excused})
    members.insert(members.end(), list->begin(), list->end());
  auto compact = [](const std::string& s) {
    std::string out;
    for (char ch : Fold(s))
      if (std::isalnum(static_cast<unsigned char>(ch))) out += ch;
    return out;
  };
  for (Proxy& p : at.proxies) {
    if (FindPerson(p.to, members) >= 0) continue;
    const std::string key = compact(p.to);
    for (const std::string& m : members) {
      const std::string surname = compact(MakePersonKey(m).surname);
      if (surname.size() >= 4 &&
          (key == surname || key == surname + compact(MakePersonKey(m).initials))) {
        p.to = m;
        break;
      }
    }
  }
  return true;
}

}  // namespace delib
