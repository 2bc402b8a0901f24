#include "pipeline/pdf/page_text_json.h"

namespace delib {

using nlohmann::json;

namespace {
json BoxJson(const BBox& b) { return json::array({b.x0, b.y0, b.x1, b.y1}); }
BBox BoxFrom(const json& j) { return {j.at(0).get<double>(), j.at(1).get<double>(), j.at(2).get<double>(), j.at(3).get<double>()}; }
}  // namespace

json PageTextToJson(const PageText& p) {
  json lines = json::array();
  for (const Line& l : p.lines) {
    json words = json::array();
    for (const Word& w : l.words) words.push_back({w.text, BoxJson(w.box), w.conf});
    lines.push_back(words);
  }
  json tables = json::array();
  for (const Table& t : p.tables) {
    json cells = json::array();
    for (const TableCell& c : t.cells)
      cells.push_back({{"r", c.row}, {"c", c.col}, {"box", BoxJson(c.box)}, {"text", c.text},
                       {"ink", c.ink}, {"checkbox", c.checkbox}, {"checked", c.checked}});
    tables.push_back({{"box", BoxJson(t.box)}, {"rows", t.rows}, {"cols", t.cols}, {"cells", cells}});
  }
  return {{"number", p.number}, {"w", p.width_pt}, {"h", p.height_pt},
          {"source", static_cast<int>(p.source)}, {"rotation", p.rotation},
          {"skew", p.skew_deg}, {"conf", p.mean_conf}, {"lines", lines}, {"tables", tables}};
}

Result<PageText> PageTextFromJson(const json& j) {
  try {
    PageText p;
    p.number = j.at("number").get<int>();
    p.width_pt = j.at("w").get<double>();
    p.height_pt = j.at("h").get<double>();
    p.source = static_cast<PageSource>(j.at("source").get<int>());
    p.rotation = j.at("rotation").get<int>();
    p.skew_deg = j.at("skew").get<double>();
    p.mean_conf = j.at("conf").get<float>();
    for (const json& lj : j.at("lines")) {
      Line l;
      for (const json& wj : lj) {
        Word w;
        w.text = wj.at(0).get<std::string>();
        w.box = BoxFrom(wj.at(1));
        w.conf = wj.at(2).get<float>();
        l.box.Extend(w.box);
        l.words.push_back(std::move(w));
      }
      p.lines.push_back(std::move(l));
    }
    for (const json& tj : j.at("tables")) {
      Table t;
      t.box = BoxFrom(tj.at("box"));
      t.rows = tj.at("rows").get<int>();
      t.cols = tj.at("cols").get<int>();
      for (const json& cj : tj.at("cells")) {
        TableCell c;
        c.row = cj.at("r").get<int>();
        c.col = cj.at("c").get<int>();
        c.box = BoxFrom(cj.at("box"));
        c.text = cj.at("text").get<std::string>();
        c.ink = cj.at("ink").get<double>();
        c.checkbox = cj.at("checkbox").get<bool>();
        c.checked = cj.at("checked").get<bool>();
        t.cells.push_back(std::move(c));
      }
      p.tables.push_back(std::move(t));
    }
    return p;
  } catch (const std::exception& e) {
    return Status(Code::kInternal, std::string("bad cached page: ") + e.what());
  }
}

}  // namespace delib
