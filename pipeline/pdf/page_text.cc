#include "pipeline/pdf/page_text.h"

#include <algorithm>
#include <sstream>

namespace delib {

std::string Line::Text() const {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

float Line::MinConf() const {
  float m = 1.0f;
  for (const Word& w : words) m = std::min(m, w.conf);
  return m;
}

std::vector<Line> GroupIntoLines(std::vector<Word> words) {
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return (a.box.y0 + a.box.y1) < (b.box.y0 + b.box.y1);
  });
  std::vector<Line> lines;
  for (Word& w : words) {
    if (w.text.empty()) continue;
    double cy = (w.box.y0 + w.box.y1) / 2;
    Line* target = nullptr;
    // A word joins the last line whose vertical span holds its centre; only
    // the last few lines can qualify since words are sorted by centre.
    for (size_t i = lines.size(); i-- > 0 && i + 3 >= lines.size();) {
      const BBox& b = lines[i].box;
      if (cy >= b.y0 && cy <= b.y1) { target = &lines[i]; break; }
    }
    if (!target) { lines.emplace_back(); target = &lines.back(); }
    target->box.Extend(w.box);
    target->words.push_back(std::move(w));
  }
  for (Line& l : lines) {
    std::stable_sort(l.words.begin(), l.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; });
  return lines;
}

bool BlankWord(const Word& w) {
  return w.text.find_first_not_of(" \t\n\r\f\v") == std::string::npos;
}

std::vector<Line> MergeRowLines(std::vector<Line> lines) {
  // A word of blanks (Tesseract reads a scan's dark margin as " ", boxed
  // from the page's top to its middle) carries no text, and its box would
  // drag its line to the top of the page: dropped, the line's box remade.
  for (Line& l : lines) {
    auto blank = std::remove_if(l.words.begin(), l.words.end(), BlankWord);
    if (blank == l.words.end()) continue;
    l.words.erase(blank, l.words.end());
    l.box = BBox();
    for (const Word& w : l.words) l.box.Extend(w.box);
  }
  lines.erase(std::remove_if(lines.begin(), lines.end(), [](const Line& l) { return l.words.empty(); }),
              lines.end());
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return (a.box.y0 + a.box.y1) < (b.box.y0 + b.box.y1);
  });
  std::vector<Line> rows;
  for (Line& l : lines) {
    double h = l.box.y1 - l.box.y0;
    Line* target = nullptr;
    for (size_t i = rows.size(); i-- > 0 && i + 4 >= rows.size();) {
      const BBox& r = rows[i].box;
      double overlap = std::min(r.y1, l.box.y1) - std::max(r.y0, l.box.y0);
      double smaller = std::min(h, r.y1 - r.y0);
      bool side_by_side = true;
      for (const Word& w : rows[i].words)
        if (w.box.x1 > l.box.x0 && w.box.x0 < l.box.x1) { side_by_side = false; break; }
      if (smaller > 0 && overlap > 0.5 * smaller && side_by_side) { target = &rows[i]; break; }
    }
    if (!target) { rows.push_back(std::move(l)); continue; }
    target->box.Extend(l.box);
    for (Word& w : l.words) target->words.push_back(std::move(w));
    std::stable_sort(target->words.begin(), target->words.end(),
                     [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; });
  return rows;
}

PageText PageFromPlainText(int number, const std::string& text, float conf) {
  PageText page;
  page.number = number;
  page.width_pt = 595;
  page.height_pt = 842;
  page.source = PageSource::kOcr;
  page.mean_conf = conf;
  std::istringstream in(text);
  std::string raw;
  double y = 40;
  while (std::getline(in, raw)) {
    Line line;
    // Each character 6 points wide, spaces too: columns aligned with
    // spaces in the text stand where they would on the page.
    double x = 40;
    for (size_t i = 0; i < raw.size();) {
      if (raw[i] == ' ' || raw[i] == '\t') {
        x += 6;
        ++i;
        continue;
      }
      size_t e = raw.find_first_of(" \t", i);
      if (e == std::string::npos) e = raw.size();
      const std::string tok = raw.substr(i, e - i);
      i = e;
      Word w;
      w.text = tok;
      w.conf = conf;
      w.box = {x, y, x + 6.0 * tok.size(), y + 12};
      x = w.box.x1;
      line.box.Extend(w.box);
      line.words.push_back(std::move(w));
    }
    y += 14;
    if (!line.words.empty()) page.lines.push_back(std::move(line));
  }
  return page;
}

}  // namespace delib
