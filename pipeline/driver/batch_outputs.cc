#include "pipeline/driver/batch_outputs.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "checks/rule_catalogue.h"
#include "pipeline/base/atomic_file.h"
#include "pipeline/base/utf8.h"
#include "pipeline/driver/report_images.h"
#include "pipeline/model/act_json.h"
#include "pipeline/text/trust.h"

namespace delib {
namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

constexpr const char* kSummaryVersion = "1";
constexpr const char* kSeverities[] = {"error", "warning", "info"};
// Page size assumed when a record has no page_sizes: A4 portrait, in points.
constexpr double kA4Width = 595, kA4Height = 842;

// ---- Reading records without trusting them (nlohmann throws on a wrong type).

const json* Member(const json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

std::string Str(const json& j, const char* key) {
  const json* v = Member(j, key);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

Opt<long long> Int(const json& j, const char* key) {
  const json* v = Member(j, key);
  if (v && v->is_number_integer()) return v->get<long long>();
  if (v && v->is_number_unsigned()) return static_cast<long long>(v->get<unsigned long long>());
  return std::nullopt;
}

Opt<double> Num(const json& j, const char* key) {
  const json* v = Member(j, key);
  return v && v->is_number() ? Opt<double>(v->get<double>()) : std::nullopt;
}

const json& Arr(const json& j, const char* key) {
  static const json empty = json::array();
  const json* v = Member(j, key);
  return v && v->is_array() ? *v : empty;
}

const json& Obj(const json& j, const char* key) {
  static const json empty = json::object();
  const json* v = Member(j, key);
  return v && v->is_object() ? *v : empty;
}

std::string IntCell(const Opt<long long>& v) { return v ? std::to_string(*v) : std::string(); }

bool AllDigits(const std::string& s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

double Round3(double v) { return std::round(v * 1000) / 1000; }

// Relative URL path segment: unreserved bytes kept, everything else %XX.
std::string UrlEncode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Code::kUnreadable, "cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(Code::kUnreadable, "cannot read " + path);
  *out = ss.str();
  return Status::Ok();
}

// JSON text -> value; the exception of nlohmann stops here.
Result<json> ParseJson(const std::string& text) {
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    return Status(Code::kCorrupt, e.what());
  }
}

int SeverityIndex(const std::string& s) {
  for (int i = 0; i < 3; ++i)
    if (s == kSeverities[i]) return i;
  return -1;
}

struct ReviewEntry {
  std::string decision, who, why;
};

// review.json -> id -> entry, or a message saying what is wrong and where.
Result<std::unordered_map<std::string, ReviewEntry>> ParseReview(const std::string& text) {
  Result<json> parsed = ParseJson(text);
  if (!parsed.ok()) return Status(Code::kCorrupt, "not JSON: " + parsed.status().message());
  const json& j = parsed.value();
  if (!j.is_array())
    return Status(Code::kCorrupt, "must be a JSON array of {id, decision, who, why}");
  std::unordered_map<std::string, ReviewEntry> out;
  for (size_t i = 0; i < j.size(); ++i) {
    const json& e = j[i];
    std::string where = "entry " + std::to_string(i + 1) + ": ";
    if (!e.is_object()) return Status(Code::kCorrupt, where + "must be an object");
    std::string id = Str(e, "id");
    if (id.empty()) return Status(Code::kCorrupt, where + "\"id\" must be a non-empty string");
    std::string decision = Str(e, "decision");
    if (decision != "confirmed" && decision != "dismissed")
      return Status(Code::kCorrupt, where + "\"decision\" must be \"confirmed\" or \"dismissed\"");
    const json* who = Member(e, "who");
    if (!who || !who->is_string() || who->get<std::string>().empty())
      return Status(Code::kCorrupt, where + "\"who\" must say who decided");
    const json* why = Member(e, "why");
    if (!why || !why->is_string())
      return Status(Code::kCorrupt, where + "\"why\" must be a string");
    ReviewEntry entry{decision, who->get<std::string>(), why->get<std::string>()};
    auto [it, inserted] = out.emplace(id, entry);
    if (!inserted && it->second.decision != decision)
      return Status(Code::kCorrupt, where + "id " + id + " is both confirmed and dismissed");
  }
  return out;
}

// One anomaly with what the batch knows of it.
struct Seen {
  bool is_new = false;
  const ReviewEntry* review = nullptr;  // null: no decision
  bool dismissed() const { return review && review->decision == "dismissed"; }
};

}  // namespace

std::string CsvField(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string HtmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::vector<std::string> ScdlRow(const json& act) {
  const json& body = Obj(act, "body");
  const json& dates = Obj(act, "dates");
  const json& at = Obj(act, "attendance");
  std::string siret = Str(body, "siret");
  if (!AllDigits(siret, 14)) siret.clear();  // never a SIREN with a made-up NIC

  Opt<long long> voters = Int(at, "voters_count");
  if (!voters) {
    Opt<long long> present = Int(at, "present_count"), proxies = Int(at, "proxies_count");
    if (present && proxies) voters = *present + *proxies;
  }
  std::string pour, contre, abstention;
  const json& votes = Arr(act, "votes");
  if (!votes.empty()) {
    const json& v = votes[0];
    pour = IntCell(Int(v, "for"));
    contre = IntCell(Int(v, "against"));
    abstention = IntCell(Int(v, "abstentions"));
    const json* unanimous = Member(v, "unanimous");
    if (contre.empty() && unanimous && unanimous->is_boolean() && unanimous->get<bool>())
      contre = "0";
  }
  return {Str(body, "name"),
          siret,
          Str(act, "number"),
          Str(dates, "session"),
          "",  // DELIB_MATIERE_CODE: the @ctes code is not read from the document
          "",  // DELIB_MATIERE_NOM
          Str(act, "title"),
          "",  // BUDGET_ANNEE
          "",  // BUDGET_NOM
          "",  // PREF_ID
          Str(dates, "transmission"),
          IntCell(Int(at, "in_office")),
          IntCell(voters),
          pour,
          contre,
          abstention,
          ""};  // DELIB_URL: where the collectivity publishes it is not known here
}

// ---------------------------------------------------------------------------

struct BatchWriter::Impl {
  std::string out_dir;
  BatchInfo info;
  std::vector<std::string> problems;

  // History and review.
  bool have_previous = false;
  std::unordered_set<std::string> previous_ids;
  std::vector<std::string> current_ids;
  std::unordered_map<std::string, ReviewEntry> review;
  std::unordered_set<std::string> review_matched;
  std::string review_status = "absent", review_message;
  std::vector<std::string> notes;    // what the run passed over, for the console and the report
  std::vector<std::string> earlier;  // stems of records of earlier runs, not counted

  // Outputs being written.
  std::unique_ptr<AtomicFile> csv;
  std::FILE* sections = nullptr;  // report.html's document sections, assembled at Finish
  std::FILE* rows = nullptr;      // report.html's list of every anomaly, assembled at Finish
  size_t embedded_bytes = 0;      // page pictures embedded so far (BatchInfo::picture_budget)
  int linked_images = 0;          // page pictures linked from pages/, past the budget

  // Aggregates.
  int records = 0, ok = 0, partial = 0, failed = 0, acts = 0, deliberations = 0;
  long long pages = 0, pages_ocr = 0, pages_text = 0;
  double documents_s = 0;
  std::map<std::string, std::array<int, 3>> by_rule;
  std::array<int, 3> total{}, open{};
  int new_count = 0, dismissed = 0, confirmed = 0;
  ordered failures = ordered::array();
  ordered unreadable = ordered::array();
  std::vector<std::pair<std::string, std::string>> failed_links;  // anchor, stem
  std::unordered_map<std::string, int> doc_index;                 // stem -> ordinal
  std::string index_rows;   // one short <tr> per document for the report's index
  std::string doc_options;  // one <option> per document for the report's document filter

  ~Impl() {
    if (sections) std::fclose(sections);
    if (rows) std::fclose(rows);
  }

  void Section(const std::string& s) {
    if (sections && std::fwrite(s.data(), 1, s.size(), sections) != s.size()) {
      problems.push_back("cannot write the report's scratch file");
      std::fclose(sections);
      sections = nullptr;
    }
  }

  Seen Classify(const std::string& id, const std::string& severity) {
    Seen seen;
    // An anomaly without id cannot be followed across runs: always new,
    // never reviewable.
    if (!id.empty()) current_ids.push_back(id);
    seen.is_new = id.empty() || !have_previous || !previous_ids.count(id);
    auto it = id.empty() ? review.end() : review.find(id);
    if (it != review.end()) {
      seen.review = &it->second;
      review_matched.insert(id);
    }
    int sev = SeverityIndex(severity);
    if (sev >= 0) ++total[sev];
    if (seen.is_new) ++new_count;
    if (seen.dismissed()) {
      ++dismissed;
    } else {
      if (sev >= 0) ++open[sev];
      if (seen.review) ++confirmed;
    }
    return seen;
  }

  void CountRule(const std::string& rule, const std::string& severity) {
    int sev = SeverityIndex(severity);
    auto& counts = by_rule[rule.empty() ? "(none)" : rule];
    if (sev >= 0) ++counts[sev];
  }

  void LoadHistory() {
    std::string path = out_dir + "/.delib/anomalies-previous.json";
    struct stat st;
    if (stat(path.c_str(), &st) != 0) return;
    std::string text;
    Result<json> j = ReadFile(path, &text).ok()
                         ? ParseJson(text)
                         : Result<json>(Status(Code::kUnreadable, "unreadable"));
    if (!j.ok() || !Member(j.value(), "ids") || !j.value()["ids"].is_array()) {
      problems.push_back(path + " is not a list of anomaly ids; every anomaly counts as new");
      return;
    }
    have_previous = true;
    for (const json& id : j.value()["ids"])
      if (id.is_string()) previous_ids.insert(id.get<std::string>());
  }

  void LoadReview() {
    std::string path = out_dir + "/review.json";
    struct stat st;
    if (stat(path.c_str(), &st) != 0) return;
    std::string text;
    Status read = ReadFile(path, &text);
    Result<std::unordered_map<std::string, ReviewEntry>> parsed =
        read.ok() ? ParseReview(text) : Result<std::unordered_map<std::string, ReviewEntry>>(read);
    if (!parsed.ok()) {
      review_status = "invalid";
      review_message = parsed.status().message();
      problems.push_back("review.json ignored (no decision applied): " + review_message);
      return;
    }
    review_status = "ok";
    review = parsed.take();
  }

  // The pictures of one document's pages that its evidence points at, each
  // embedded once (report_images.h).
  struct PageView {
    std::optional<ImageFile> image;  // none: no picture, evidence quoted only
    double width_pt = kA4Width, height_pt = kA4Height;
    std::vector<PtRect> boxes;  // every evidence box on the page, drawn on the whole page
  };
  struct DocPages {
    int doc = 0;  // ordinal, for the CSS class "pg-<doc>-<page>" and ids
    std::map<int, PageView> pages;
  };

  PageView& ViewOf(const std::string& stem, const json& record, int page, DocPages* doc) {
    auto it = doc->pages.find(page);
    if (it != doc->pages.end()) return it->second;
    PageView view;
    view.image = FindPageImage(out_dir, stem, page);
    // Page size in points: the record's page_sizes when given, else A4 in
    // the picture's orientation.
    if (view.image && view.image->width > view.image->height)
      std::swap(view.width_pt, view.height_pt);
    const json& sizes = Arr(record, "page_sizes");
    if (static_cast<size_t>(page) <= sizes.size()) {
      const json& s = sizes[page - 1];
      if (s.is_array() && s.size() == 2 && s[0].is_number() && s[1].is_number() &&
          s[0].get<double>() > 0 && s[1].get<double>() > 0) {
        view.width_pt = s[0].get<double>();
        view.height_pt = s[1].get<double>();
      }
    }
    return doc->pages.emplace(page, std::move(view)).first->second;
  }

  static std::string PageClass(int doc, int page) {
    return "pg-" + std::to_string(doc) + "-" + std::to_string(page);
  }
  static std::string PageViewId(int doc, int page) {
    return "doc-" + std::to_string(doc) + "-page-" + std::to_string(page);
  }

  // The crop of the page picture around one piece of evidence, a link to the
  // whole page; "" when the evidence has no box or its page no picture.
  std::string EvidenceFigure(const std::string& stem, const json& record, const json& ev,
                             DocPages* doc) {
    Opt<long long> page = Int(ev, "page");
    const json& bbox = Arr(ev, "bbox");
    if (!page || *page < 1 || *page > 100000 || bbox.size() != 4) return "";
    for (const json& b : bbox)
      if (!b.is_number()) return "";
    PtRect box{bbox[0].get<double>(), bbox[1].get<double>(), bbox[2].get<double>(),
               bbox[3].get<double>()};
    if (!(box.width() >= 0 && box.height() >= 0)) return "";
    PageView& view = ViewOf(stem, record, static_cast<int>(*page), doc);
    if (!view.image) return "";
    bool drawn = false;  // one box per place on the whole page
    for (const PtRect& b : view.boxes)
      drawn |= b.x0 == box.x0 && b.y0 == box.y0 && b.x1 == box.x1 && b.y1 == box.y1;
    if (!drawn) view.boxes.push_back(box);
    PtRect crop = CropAround(box, view.width_pt, view.height_pt);
    if (crop.width() <= 0 || crop.height() <= 0) return "";
    std::string p = std::to_string(*page);
    return "<a class=\"crop " + PageClass(doc->doc, static_cast<int>(*page)) + "\" href=\"#" +
           PageViewId(doc->doc, static_cast<int>(*page)) + "\" title=\"page " + p +
           ": click for the whole page\" style=\"" +
           CropStyle(crop, view.width_pt, view.height_pt, view.image->width) +
           "\"><span class=\"box\" style=\"" + BoxStyle(box, crop) + "\"></span></a>";
  }

  // The style block (each picture once) and the whole-page views of a
  // document, for the pages its crops used.
  std::string PagePictures(const DocPages& doc, const std::string& stem) {
    std::string css, views;
    for (const auto& [page, view] : doc.pages) {
      if (!view.image || view.boxes.empty()) continue;
      const ImageFile& img = *view.image;
      std::string url;
      std::string bytes;
      if (embedded_bytes < info.picture_budget && ReadFile(img.path, &bytes).ok()) {
        url = std::string("data:") + MimeType(img.format) + ";base64," + Base64(bytes);
        embedded_bytes += url.size();
      } else {
        // Past the budget the report stays readable and its size bounded:
        // the picture is linked from pages/ (said in the report's notes).
        url =
            "pages/" + UrlEncode(stem) + "-p" + std::to_string(page) + "." + Extension(img.format);
        ++linked_images;
      }
      css += "." + PageClass(doc.doc, page) + "{background-image:url(\"" + url + "\")}";
      PtRect whole{0, 0, view.width_pt, view.height_pt};
      views += "<div class=\"pageview\" id=\"" + PageViewId(doc.doc, page) +
               "\"><p><a href=\"#doc-" + std::to_string(doc.doc) + "\">close</a> · " +
               HtmlEscape(stem) + ", page " + std::to_string(page) + "</p><div class=\"sheet " +
               PageClass(doc.doc, page) + "\" role=\"img\" aria-label=\"page " +
               std::to_string(page) + "\" style=\"width:" + std::to_string(img.width) +
               "px;aspect-ratio:" + std::to_string(img.width) + "/" + std::to_string(img.height) +
               "\">";
      for (const PtRect& box : view.boxes)
        views += "<div class=\"box\" style=\"" + BoxStyle(box, whole) + "\"></div>";
      views += "</div></div>";
    }
    if (css.empty()) return "";
    return "<style>" + css + "</style><div class=\"pageviews\">" + views + "</div>";
  }

  std::string EvidenceQuote(const json& ev) {
    std::string out =
        "page " + IntCell(Int(ev, "page")) + ": “" + HtmlEscape(Str(ev, "text")) + "”";
    Opt<double> conf = Num(ev, "confidence");
    if (conf && ReadByOcr(TrustOf(*conf)))
      out += " <span class=\"conf\">(OCR confidence " + Fixed(*conf, 2) + ")</span>";
    return out;
  }

  // One anomaly as HTML; `anchor` is its element id, `docs` the ordinals of
  // the documents it is in (" 3 " or " 3 7 ", for the document filter).
  std::string AnomalyHtml(const json& an, const Seen& seen, const std::string& anchor,
                          const std::string& docs, const std::string& stem, const json* record,
                          DocPages* pages, const std::string& extra = "") {
    std::string sev = Str(an, "severity");
    std::string rule = Str(an, "rule");
    std::string html = "<div class=\"anomaly sev-" + HtmlEscape(sev) + (seen.is_new ? " new" : "") +
                       "\" id=\"" + anchor + "\" data-severity=\"" + HtmlEscape(sev) +
                       "\" data-rule=\"" + HtmlEscape(rule) + "\" data-docs=\"" + docs +
                       "\" data-anomaly-id=\"" + HtmlEscape(Str(an, "id")) + "\">";
    html += "<p><span class=\"sev\">" + HtmlEscape(sev) + "</span> <code class=\"rule\">" +
            HtmlEscape(rule) + "</code>";
    if (seen.is_new) html += " <span class=\"badge new\">NEW</span>";
    if (seen.review)
      html += " <span class=\"badge review\">" + HtmlEscape(seen.review->decision) + " by " +
              HtmlEscape(seen.review->who) +
              (seen.review->why.empty() ? "" : ": " + HtmlEscape(seen.review->why)) + "</span>";
    html += "</p><p class=\"message\">" + HtmlEscape(Str(an, "message")) + "</p>";
    if (const RuleInfo* info = FindRule(rule))
      html += "<p class=\"meaning\">" + HtmlEscape(std::string(info->meaning)) + "</p>";
    html += "<p class=\"basis\">Legal basis: " +
            HtmlEscape(LegalBasisOr(Str(an, "legal_basis"), rule)) + "</p>";
    const json& evidence = Arr(an, "evidence");
    if (!evidence.empty()) {
      html += "<p class=\"evlinks\">Evidence:";
      for (size_t e = 0; e < evidence.size(); ++e)
        html += " <a href=\"#" + anchor + "-ev" + std::to_string(e + 1) + "\">[" +
                std::to_string(e + 1) + "] page " + HtmlEscape(IntCell(Int(evidence[e], "page"))) +
                "</a>";
      html += "</p><ol class=\"evidence\">";
      for (size_t e = 0; e < evidence.size(); ++e) {
        html += "<li id=\"" + anchor + "-ev" + std::to_string(e + 1) + "\">" +
                EvidenceQuote(evidence[e]);
        // The same place twice (a list quoted for two facts) is shown once.
        size_t same = e;
        for (size_t k = 0; k < e && same == e; ++k)
          if (Int(evidence[k], "page") == Int(evidence[e], "page") &&
              Arr(evidence[k], "bbox") == Arr(evidence[e], "bbox"))
            same = k;
        if (same != e)
          html += " <span class=\"same\">(the place of [" + std::to_string(same + 1) + "])</span>";
        else if (record && pages)
          html += EvidenceFigure(stem, *record, evidence[e], pages);
        html += "</li>";
      }
      html += "</ol>";
    }
    return html + extra + "</div>\n";
  }

  // One row of the report's sortable list of every anomaly.
  void AnomalyRow(const json& an, const Seen& seen, const std::string& anchor,
                  const std::string& docs, const std::string& where, const std::string& act) {
    std::string sev = Str(an, "severity");
    int sev_index = SeverityIndex(sev);
    std::string row = "<tr class=\"an-row" + std::string(seen.is_new ? " new" : "") +
                      (seen.dismissed() ? " dismissed" : "") + "\" data-severity=\"" +
                      HtmlEscape(sev) + "\" data-rule=\"" + HtmlEscape(Str(an, "rule")) +
                      "\" data-docs=\"" + docs + "\" data-for=\"" + anchor + "\"><td data-sort=\"" +
                      std::to_string(sev_index < 0 ? 3 : sev_index) + "\">" + HtmlEscape(sev) +
                      "</td><td><code>" + HtmlEscape(Str(an, "rule")) + "</code></td><td>" + where +
                      "</td><td>" + HtmlEscape(act) + "</td><td><a href=\"#" + anchor + "\">" +
                      HtmlEscape(Str(an, "message")) + "</a></td><td>" +
                      (seen.is_new ? "new" : "") + (seen.dismissed() ? " dismissed" : "") +
                      "</td></tr>";
    if (rows && std::fwrite(row.data(), 1, row.size(), rows) != row.size()) {
      problems.push_back("cannot write the report's scratch file");
      std::fclose(rows);
      rows = nullptr;
    }
  }

  std::string ActHtml(const json& act) {
    const json& body = Obj(act, "body");
    const json& dates = Obj(act, "dates");
    const json& at = Obj(act, "attendance");
    auto cell = [](const std::string& v) {
      return v.empty() ? std::string("<span class=\"null\">—</span>") : HtmlEscape(v);
    };
    auto row = [&](const char* label, const std::string& value) {
      return std::string("<tr><th>") + label + "</th><td>" + cell(value) + "</td></tr>";
    };
    std::string kind = Str(act, "kind");
    std::string pages;
    for (const json& p : Arr(act, "pages"))
      if (p.is_number_integer())
        pages += (pages.empty() ? "" : ", ") + std::to_string(p.get<long long>());
    std::string h = "<h3>" + HtmlEscape(kind.empty() ? "act" : kind);
    if (!Str(act, "number").empty()) h += " n° " + HtmlEscape(Str(act, "number"));
    if (!Str(act, "title").empty()) h += " — " + HtmlEscape(Str(act, "title"));
    h += "</h3><table class=\"fields\">";
    std::string body_text = Str(body, "name");
    if (!Str(body, "type").empty()) body_text += " (" + Str(body, "type") + ")";
    h += row("Body", body_text) + row("INSEE", Str(body, "insee")) +
         row("SIREN", Str(body, "siren")) + row("Pages", pages);
    for (const char* d :
         {"session", "convocation", "display", "transmission", "publication", "signature"})
      h += row((std::string("Date: ") + d).c_str(), Str(dates, d));
    h += row("President", Str(act, "president")) + row("Secretary", Str(act, "secretary")) +
         "</table>";
    // Attendance: the stated counts beside the number of names read.
    auto listed = [&](const char* key) { return std::to_string(Arr(at, key).size()); };
    h += "<table class=\"attendance\"><tr><th>seats</th><th>in "
         "office</th><th>present</th><th>voters</th>"
         "<th>proxies</th><th>excused</th><th>absent</th><th>non voting</th></tr><tr>";
    h += "<td>" + cell(IntCell(Int(at, "seats"))) + "</td><td>" +
         cell(IntCell(Int(at, "in_office"))) + "</td>";
    h += "<td>" + cell(IntCell(Int(at, "present_count"))) + " stated / " + listed("present") +
         " named</td>";
    h += "<td>" + cell(IntCell(Int(at, "voters_count"))) + "</td>";
    h += "<td>" + cell(IntCell(Int(at, "proxies_count"))) + " stated / " + listed("proxies") +
         " named</td>";
    h += "<td>" + cell(IntCell(Int(at, "excused_count"))) + " stated / " + listed("excused") +
         " named</td>";
    h += "<td>" + cell(IntCell(Int(at, "absent_count"))) + " stated / " + listed("absent") +
         " named</td>";
    h += "<td>" + listed("non_voting") + " named</td></tr></table>";
    const json& votes = Arr(act, "votes");
    if (!votes.empty()) {
      h +=
          "<table class=\"votes\"><tr><th>vote</th><th>for</th><th>against</th><th>abstentions</th>"
          "<th>expressed</th><th>not voting</th><th>unanimous</th><th>result</th></tr>";
      for (size_t i = 0; i < votes.size(); ++i) {
        const json& v = votes[i];
        const json* u = Member(v, "unanimous");
        std::string unanimous = u && u->is_boolean() ? (u->get<bool>() ? "yes" : "no") : "";
        h += "<tr><td>" + std::to_string(i + 1) + "</td>";
        for (const char* k : {"for", "against", "abstentions", "expressed", "not_voting"})
          h += "<td>" + cell(IntCell(Int(v, k))) + "</td>";
        h += "<td>" + cell(unanimous) + "</td><td>" + cell(Str(v, "result")) + "</td></tr>";
      }
      h += "</table>";
    }
    const json& communes = Arr(act, "communes");
    if (!communes.empty()) {
      h += "<details class=\"communes\"><summary>" + std::to_string(communes.size()) +
           " communes "
           "named</summary><table><tr><th>printed</th><th>official</th><th>INSEE</th><th>match</"
           "th><th>list</th></tr>";
      for (const json& c : communes)
        h += "<tr class=\"match-" + HtmlEscape(Str(c, "match")) + "\"><td>" +
             cell(Str(c, "printed")) + "</td><td>" + cell(Str(c, "name")) + "</td><td>" +
             cell(Str(c, "insee")) + "</td><td>" + cell(Str(c, "match")) + "</td><td>" +
             cell(Str(c, "list")) + "</td></tr>";
      h += "</table></details>";
    }
    const json& evidence = Obj(act, "evidence");
    if (!evidence.empty()) {
      h += "<details class=\"fieldev\"><summary>where each field was read</summary><table>";
      for (auto it = evidence.begin(); it != evidence.end(); ++it)
        h += "<tr><th><code>" + HtmlEscape(it.key()) + "</code></th><td>" +
             EvidenceQuote(it.value()) + "</td></tr>";
      h += "</table></details>";
    }
    return h;
  }

  void AddRecord(const std::string& stem, const json& record) {
    ++records;
    int index = records;
    doc_index.emplace(stem, index);
    std::string doc_anchor = "doc-" + std::to_string(index);
    const json& source = Obj(record, "source");
    std::string status = Str(record, "status");
    if (status == "ok") {
      ++ok;
    } else if (status == "partial") {
      ++partial;
    } else {
      if (status != "failed")
        problems.push_back(stem + ".json: unknown status \"" + status + "\", counted as failed");
      ++failed;
      const json& errors = Arr(record, "errors");
      const json empty = json::object();
      const json& first = errors.empty() ? empty : errors[0];
      std::string code = Str(first, "code"), message = Str(first, "message");
      failures.push_back({{"stem", stem},
                          {"path", Str(source, "path")},
                          {"code", code.empty() ? "unknown" : code},
                          {"message", message.empty() ? "no error recorded" : message}});
      failed_links.emplace_back(doc_anchor, stem);
    }
    pages += Int(source, "pages").value_or(0);
    for (const json& s : Arr(record, "page_sources")) {
      if (s == "ocr") ++pages_ocr;
      if (s == "text") ++pages_text;
    }
    documents_s += Num(record, "seconds").value_or(0);

    std::string h = "<section class=\"doc status-" + HtmlEscape(status) + "\" id=\"" + doc_anchor +
                    "\" data-stem=\"" + HtmlEscape(stem) + "\" data-doc=\"" +
                    std::to_string(index) + "\"><h2>" + HtmlEscape(stem) +
                    " <span class=\"badge status\">" + HtmlEscape(status) + "</span></h2>";
    h += "<p class=\"src\">" + HtmlEscape(Str(source, "path")) + " · " +
         IntCell(Int(source, "pages")) + " pages";
    std::string sha = Str(source, "sha256");
    if (!sha.empty()) h += " · sha256 " + HtmlEscape(sha.substr(0, 12)) + "…";
    h += "</p>";
    const json& errors = Arr(record, "errors");
    if (!errors.empty()) {
      h += "<ul class=\"errors\">";
      for (const json& e : errors) {
        h += "<li><code>" + HtmlEscape(Str(e, "code")) + "</code> " + HtmlEscape(Str(e, "message"));
        if (Int(e, "page")) h += " (page " + IntCell(Int(e, "page")) + ")";
        h += "</li>";
      }
      h += "</ul>";
    }
    DocPages doc_pages;
    doc_pages.doc = index;
    std::string docs = " " + std::to_string(index) + " ";
    const json& act_list = Arr(record, "acts");
    std::array<int, 3> doc_open{};
    int doc_new = 0;
    for (size_t a = 0; a < act_list.size(); ++a) {
      const json& act = act_list[a];
      ++acts;
      std::string act_anchor = doc_anchor + "-act" + std::to_string(a + 1);
      if (Str(act, "kind") == "deliberation") {
        ++deliberations;
        std::string line;
        std::vector<std::string> cells = ScdlRow(act);
        for (size_t c = 0; c < cells.size(); ++c) line += (c ? "," : "") + CsvField(cells[c]);
        Status s = csv->Append(line + "\r\n");
        if (!s.ok()) problems.push_back(s.message());
      }
      h += "<article class=\"act\" id=\"" + act_anchor + "\">" + ActHtml(act);
      std::string shown, hidden;
      int hidden_count = 0;
      const json& anomalies = Arr(act, "anomalies");
      for (size_t k = 0; k < anomalies.size(); ++k) {
        const json& an = anomalies[k];
        std::string sev = Str(an, "severity");
        CountRule(Str(an, "rule"), sev);
        Seen seen = Classify(Str(an, "id"), sev);
        int sev_index = SeverityIndex(sev);
        if (!seen.dismissed() && sev_index >= 0) ++doc_open[sev_index];
        if (seen.is_new) ++doc_new;
        std::string an_anchor = act_anchor + "-an" + std::to_string(k + 1);
        std::string html = AnomalyHtml(an, seen, an_anchor, docs, stem, &record, &doc_pages);
        std::string act_label = Str(act, "number").empty() ? "act " + std::to_string(a + 1)
                                                           : "n° " + Str(act, "number");
        AnomalyRow(an, seen, an_anchor, docs,
                   "<a href=\"#" + doc_anchor + "\">" + HtmlEscape(stem) + "</a>", act_label);
        if (seen.dismissed()) {
          hidden += html;
          ++hidden_count;
        } else {
          shown += html;
        }
      }
      if (!shown.empty()) h += "<div class=\"anomalies\">" + shown + "</div>";
      if (hidden_count)
        h += "<details class=\"dismissed\"><summary>" + std::to_string(hidden_count) +
             " anomalies dismissed by review</summary>" + hidden + "</details>";
      h += "</article>";
    }
    if (act_list.empty() && status != "failed") h += "<p class=\"noact\">No act found.</p>";
    Section(h + PagePictures(doc_pages, stem) + "</section>\n");
    doc_options +=
        "<option value=\"" + std::to_string(index) + "\">" + HtmlEscape(stem) + "</option>";
    index_rows += "<tr class=\"status-" + HtmlEscape(status) + "\"><td><a href=\"#" + doc_anchor +
                  "\">" + HtmlEscape(stem) + "</a></td><td><span class=\"badge status\">" +
                  HtmlEscape(status) + "</span></td><td>" + std::to_string(act_list.size()) +
                  "</td><td>" + std::to_string(doc_open[0]) + "</td><td>" +
                  std::to_string(doc_open[1]) + "</td><td>" + std::to_string(doc_new) +
                  "</td></tr>";
  }

  std::string CorpusHtml() {
    std::string h;
    int k = 0;
    for (const CorpusAnomaly& ca : info.anomalies) {
      ++k;
      json one = {{"id", ca.anomaly.id},
                  {"rule", ca.anomaly.rule},
                  {"severity", ca.anomaly.severity},
                  {"message", ca.anomaly.message},
                  {"legal_basis", ca.anomaly.legal_basis},
                  {"evidence", json::array()}};
      for (const Evidence& e : ca.anomaly.evidence) one["evidence"].push_back(EvidenceToJson(e));
      Seen seen = Classify(ca.anomaly.id, ca.anomaly.severity);
      CountRule(ca.anomaly.rule, ca.anomaly.severity);
      std::string links, docs = " ";
      for (const std::string& s : ca.sources) {
        auto it = doc_index.find(s);
        links += it == doc_index.end() ? " " + HtmlEscape(s)
                                       : " <a href=\"#doc-" + std::to_string(it->second) + "\">" +
                                             HtmlEscape(s) + "</a>";
        if (it != doc_index.end()) docs += std::to_string(it->second) + " ";
      }
      std::string anchor = "corpus-an" + std::to_string(k);
      std::string html = AnomalyHtml(one, seen, anchor, docs, "", nullptr, nullptr,
                                     "<p class=\"sources\">In:" + links + "</p>");
      AnomalyRow(one, seen, anchor, docs, links, "across documents");
      if (seen.dismissed())
        html = "<details class=\"dismissed\"><summary>dismissed by review</summary>" + html +
               "</details>";
      h += html;
    }
    return h;
  }
};

BatchWriter::BatchWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
BatchWriter::BatchWriter(BatchWriter&&) noexcept = default;
BatchWriter& BatchWriter::operator=(BatchWriter&&) noexcept = default;
BatchWriter::~BatchWriter() = default;

Result<BatchWriter> BatchWriter::Open(const std::string& out_dir, const BatchInfo& info) {
  auto impl = std::make_unique<Impl>();
  impl->out_dir = out_dir;
  impl->info = info;
  if (impl->info.generated_at.empty()) impl->info.generated_at = NowIso();
  impl->LoadHistory();
  impl->LoadReview();
  Result<AtomicFile> csv = AtomicFile::Create(out_dir + "/scdl-deliberations.csv");
  if (!csv.ok()) return csv.status();
  impl->csv = std::make_unique<AtomicFile>(csv.take());
  std::string header;
  for (size_t c = 0; c < std::size(kScdlColumns); ++c)
    header += (c ? "," : "") + std::string(kScdlColumns[c]);
  Status s = impl->csv->Append(header + "\r\n");
  if (!s.ok()) return s;
  impl->sections = std::tmpfile();
  impl->rows = std::tmpfile();
  if (!impl->sections || !impl->rows)
    return Status(Code::kUnreadable, "cannot create a scratch file for report.html");
  return BatchWriter(std::move(impl));
}

void BatchWriter::Add(const std::string& stem, const nlohmann::json& record) {
  try {
    impl_->AddRecord(stem, record);
  } catch (const json::exception& e) {  // a shape we did not foresee: say so, go on
    impl_->problems.push_back(stem + ".json: " + e.what());
  }
}

void BatchWriter::AddEarlier(const std::string& stem) { impl_->earlier.push_back(stem); }

void BatchWriter::AddUnreadable(const std::string& file_name, const std::string& message) {
  impl_->unreadable.push_back({{"file", file_name}, {"message", message}});
  impl_->problems.push_back(file_name + ": not read: " + message);
}

namespace {

constexpr const char* kCss = R"(
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;max-width:70em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
.null{color:#999}.badge{border-radius:3px;padding:0 4px;font-size:.85em;background:#eee}
.badge.new{background:#ffd54f;font-weight:bold}.badge.review{background:#c8e6c9}
.status-failed .badge.status{background:#e57373;color:#fff}.status-partial .badge.status{background:#ffb74d}
.status-ok .badge.status{background:#81c784}
.anomaly{border-left:4px solid #999;padding:.2em .8em;margin:.6em 0;background:#fafafa}
.anomaly.sev-error{border-color:#d32f2f}.anomaly.sev-warning{border-color:#f9a825}.anomaly.sev-info{border-color:#1976d2}
.sev{font-weight:bold;text-transform:uppercase}.message{margin:.2em 0}.basis{color:#555;margin:.2em 0}
.errors li{color:#b71c1c}.problems{background:#fff3e0;border:1px solid #ffb74d;padding:.5em 1em}
.crop{display:block;position:relative;max-width:100%;margin:.3em 0;border:1px solid #ccc;background-color:#fff;background-repeat:no-repeat}
.crop .box,.sheet .box{position:absolute;box-sizing:border-box;border:2px solid #d32f2f;background:rgba(211,47,47,.12)}
.pageview{display:none}.pageview:target{display:block;position:fixed;top:0;left:0;right:0;bottom:0;z-index:10;overflow:auto;padding:1em;background:rgba(30,30,30,.88);outline:none}
.pageview p,.pageview a{color:#fff}.sheet{position:relative;max-width:100%;margin:0 auto;background-color:#fff;background-repeat:no-repeat;background-size:100% 100%}
.meaning{color:#555;margin:.2em 0;font-style:italic}.same{color:#777}
#filters{position:sticky;top:0;z-index:5;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd}#filters input[type=search]{width:16em}
table.sortable th{cursor:pointer;user-select:none;white-space:nowrap}table.sortable th:after{content:" \2195";color:#aaa}
table.sortable th[data-dir=asc]:after{content:" \2191";color:#222}table.sortable th[data-dir=desc]:after{content:" \2193";color:#222}
tr.an-row.dismissed td{color:#999}
:target{outline:3px solid #1976d2}.conf{color:#777}tr.match-fuzzy td,tr.match-none td{background:#fff8e1}
)";

// Filters (severity, rule, document, free text, only new) hide the anomalies
// and the rows of the list that do not match, and the documents left with no
// anomaly shown; a click on a column head of a sortable table sorts it (by
// data-sort when a cell has one, numbers as numbers).
constexpr const char* kJs = R"(
function delibFilter(){var g=function(i){return document.getElementById(i)};
var s=g('f-sev').value,r=g('f-rule').value,d=g('f-doc').value,t=g('f-text').value.trim().toLowerCase(),n=g('f-new').checked;
var any=s||r||t||n,shown=0;
function ok(e){return(!s||e.getAttribute('data-severity')===s)&&(!r||e.getAttribute('data-rule')===r)&&
(!d||(e.getAttribute('data-docs')||'').indexOf(' '+d+' ')>=0)&&(!n||e.classList.contains('new'))&&
(!t||Text(e).indexOf(t)>=0)}
function Text(e){var a=document.getElementById(e.getAttribute('data-for')||'');
return(e.textContent+' '+(a?a.textContent:'')).toLowerCase()}
document.querySelectorAll('.anomaly').forEach(function(a){a.style.display=ok(a)?'':'none'});
document.querySelectorAll('tr.an-row').forEach(function(a){var v=ok(a);a.style.display=v?'':'none';if(v)shown++});
document.querySelectorAll('section.doc').forEach(function(c){var v=(!d||c.getAttribute('data-doc')===d)&&
(!any||Array.prototype.some.call(c.querySelectorAll('.anomaly'),function(a){return a.style.display!=='none'}));
c.style.display=v?'':'none'});
g('f-count').textContent=shown+' of '+document.querySelectorAll('tr.an-row').length+' anomalies shown';}
function delibSort(th){var row=th.parentNode,t=row.parentNode,i=Array.prototype.indexOf.call(row.children,th);
var dir=th.getAttribute('data-dir')==='asc'?-1:1;row.querySelectorAll('th').forEach(function(h){h.removeAttribute('data-dir')});
th.setAttribute('data-dir',dir>0?'asc':'desc');
var rows=Array.prototype.filter.call(t.children,function(r){return r!==row&&r.querySelector('td')});
function key(r){var c=r.children[i];return c?(c.getAttribute('data-sort')||c.textContent.trim()):''}
var num=/^-?[0-9]+(\.[0-9]+)?$/;
rows.sort(function(a,b){var x=key(a),y=key(b);if(num.test(x)&&num.test(y))return dir*(parseFloat(x)-parseFloat(y));
return dir*x.localeCompare(y,'fr')});rows.forEach(function(r){t.appendChild(r)});}
document.addEventListener('DOMContentLoaded',function(){document.querySelectorAll('table.sortable th').forEach(function(th){
th.addEventListener('click',function(){delibSort(th)})});delibFilter();});
)";

}  // namespace

Result<BatchOutcome> BatchWriter::Finish() {
  Impl& m = *impl_;
  std::string corpus_html = m.CorpusHtml();
  int inputs = m.info.inputs >= 0 ? m.info.inputs : m.records;
  std::vector<std::string> unmatched_ids;
  for (const auto& [id, entry] : m.review)
    if (!m.review_matched.count(id)) unmatched_ids.push_back(id);
  std::sort(unmatched_ids.begin(), unmatched_ids.end());
  size_t review_unmatched = unmatched_ids.size();
  if (!unmatched_ids.empty()) {
    std::string list;
    for (size_t i = 0; i < unmatched_ids.size() && i < 10; ++i)
      list += (i ? ", " : "") + unmatched_ids[i];
    if (unmatched_ids.size() > 10)
      list += ", ... (" + std::to_string(unmatched_ids.size()) + " in all)";
    m.problems.push_back("review.json: " + std::to_string(unmatched_ids.size()) +
                         (unmatched_ids.size() == 1 ? " entry matches" : " entries match") +
                         " no anomaly of this run and applies to nothing (a mistyped id, or an "
                         "anomaly that is gone): " +
                         list);
  }
  if (!m.earlier.empty())
    m.notes.push_back(std::to_string(m.earlier.size()) +
                      " record(s) of earlier runs in this folder are kept on disk but not counted "
                      "here (inputs no longer given, or renamed): see summary.json "
                      "earlier_records");

  // summary.json
  ordered by_rule = ordered::object();
  for (const auto& [rule, c] : m.by_rule)
    by_rule[rule] = {{"error", c[0]}, {"warning", c[1]}, {"info", c[2]}};
  ordered timings = {{"wall_s", Round3(m.info.wall_s)}, {"documents_s", Round3(m.documents_s)}};
  for (const auto& [name, seconds] : m.info.timings) timings[name] = Round3(seconds);
  ordered corpus = ordered::array();
  for (const CorpusAnomaly& ca : m.info.anomalies) {
    ordered ev = ordered::array();
    for (const Evidence& e : ca.anomaly.evidence)
      ev.push_back(ordered::parse(EvidenceToJson(e).dump()));
    corpus.push_back({{"id", ca.anomaly.id},
                      {"rule", ca.anomaly.rule},
                      {"severity", ca.anomaly.severity},
                      {"message", ca.anomaly.message},
                      {"legal_basis", ca.anomaly.legal_basis},
                      {"evidence", ev},
                      {"sources", ca.sources}});
  }
  ordered review = {
      {"status", m.review_status}, {"entries", m.review.size()}, {"unmatched", review_unmatched}};
  if (!m.review_message.empty()) review["message"] = m.review_message;
  review["unmatched_ids"] = unmatched_ids;
  ordered skipped = ordered::array();
  for (const SkippedInput& sk : m.info.skipped)
    skipped.push_back({{"path", ValidUtf8(sk.path)}, {"reason", ValidUtf8(sk.reason)}});
  ordered summary = {
      {"schema_version", kSummaryVersion},
      {"generated_at", m.info.generated_at},
      {"inputs", inputs},
      {"records", m.records},
      {"ok", m.ok},
      {"partial", m.partial},
      {"failed", m.failed},
      {"pages", m.pages},
      {"pages_ocr", m.pages_ocr},
      {"pages_text", m.pages_text},
      {"acts", m.acts},
      {"deliberations", m.deliberations},
      {"failures", m.failures},
      {"unreadable_records", m.unreadable},
      {"anomalies_by_rule", by_rule},
      {"anomalies_total", {{"error", m.total[0]}, {"warning", m.total[1]}, {"info", m.total[2]}}},
      {"anomalies_open", {{"error", m.open[0]}, {"warning", m.open[1]}, {"info", m.open[2]}}},
      {"anomalies_new", m.new_count},
      {"anomalies_dismissed", m.dismissed},
      {"anomalies_confirmed", m.confirmed},
      {"previous_run", m.have_previous},
      {"review", review},
      {"timings", timings},
      {"anomalies", corpus}};
  if (!m.info.run_id.empty()) summary["run_id"] = m.info.run_id;
  summary["skipped"] = skipped;
  summary["earlier_records"] = m.earlier;

  // report.html: head and counts, then the document sections from scratch.
  Result<AtomicFile> html_file = AtomicFile::Create(m.out_dir + "/report.html");
  if (!html_file.ok()) return html_file.status();
  AtomicFile& html = html_file.value();
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width\">"
      "<title>delib report " +
      HtmlEscape(m.info.generated_at) + "</title><style>" + kCss + "</style><script>" + kJs +
      "</script></head><body>\n<h1>delib batch report</h1><p>Generated " +
      HtmlEscape(m.info.generated_at) + " · wall time " + Fixed(m.info.wall_s, 1) + " s</p>\n";
  if (!m.problems.empty()) {
    h += "<div class=\"problems\" id=\"problems\"><strong>Problems</strong><ul>";
    for (const std::string& p : m.problems) h += "<li>" + HtmlEscape(p) + "</li>";
    h += "</ul></div>\n";
  }
  if (!m.notes.empty() || !m.info.skipped.empty()) {
    // The skipped inputs were said on the console when the run planned them.
    h += "<div class=\"notes\" id=\"notes\"><strong>Inputs</strong><ul>";
    for (const std::string& n : m.notes) h += "<li>" + HtmlEscape(n) + "</li>";
    for (const SkippedInput& sk : m.info.skipped)
      h += "<li>skipped " + HtmlEscape(ValidUtf8(sk.path)) + ": " +
           HtmlEscape(ValidUtf8(sk.reason)) + "</li>";
    h += "</ul></div>\n";
  }
  auto count_row = [](const char* id, const char* label, long long n) {
    return std::string("<tr><th>") + label + "</th><td id=\"count-" + id + "\">" +
           std::to_string(n) + "</td></tr>";
  };
  h += "<table class=\"counts\" id=\"counts\">" + count_row("inputs", "inputs", inputs) +
       count_row("ok", "ok", m.ok) + count_row("partial", "partial", m.partial) +
       count_row("failed", "failed", m.failed) + count_row("pages", "pages", m.pages) +
       count_row("pages-ocr", "pages read by OCR", m.pages_ocr) +
       count_row("pages-text", "pages with a text layer", m.pages_text) +
       count_row("acts", "acts", m.acts) +
       count_row("deliberations", "deliberations", m.deliberations) +
       count_row("errors", "anomalies: errors (not dismissed)", m.open[0]) +
       count_row("warnings", "anomalies: warnings (not dismissed)", m.open[1]) +
       count_row("infos", "anomalies: info (not dismissed)", m.open[2]) +
       count_row("new", m.have_previous ? "new since the previous run" : "new (no previous run)",
                 m.new_count) +
       count_row("dismissed", "dismissed by review", m.dismissed) + "</table>\n";
  if (m.review_status == "invalid")
    h += "<p class=\"problems\" id=\"review-invalid\">review.json is malformed and was ignored: " +
         HtmlEscape(m.review_message) + "</p>\n";
  h += "<h2>Anomalies by rule</h2><table class=\"byrule sortable\" "
       "id=\"byrule\"><tr><th>rule</th><th>error</th><th>warning</th><th>info</th>"
       "<th>meaning</th><th>legal basis</th></tr>";
  std::string rule_options;
  for (const auto& [rule, c] : m.by_rule) {
    const RuleInfo* info = FindRule(rule);
    h += "<tr><td><code>" + HtmlEscape(rule) + "</code></td><td>" + std::to_string(c[0]) +
         "</td><td>" + std::to_string(c[1]) + "</td><td>" + std::to_string(c[2]) + "</td><td>" +
         (info ? HtmlEscape(std::string(info->meaning)) : std::string()) + "</td><td>" +
         HtmlEscape(LegalBasisOr("", rule)) + "</td></tr>";
    rule_options += "<option>" + HtmlEscape(rule) + "</option>";
  }
  h += "</table>\n";
  h += "<div id=\"filters\">Show <select id=\"f-sev\" onchange=\"delibFilter()\" "
       "aria-label=\"severity\"><option value=\"\">all severities</option>"
       "<option>error</option><option>warning</option><option>info</option></select> "
       "<select id=\"f-rule\" onchange=\"delibFilter()\" aria-label=\"rule\"><option "
       "value=\"\">all rules</option>" +
       rule_options +
       "</select> <select id=\"f-doc\" onchange=\"delibFilter()\" aria-label=\"document\">"
       "<option value=\"\">all documents</option>" +
       m.doc_options +
       "</select> <input type=\"search\" id=\"f-text\" oninput=\"delibFilter()\" "
       "placeholder=\"text: message, evidence, name\" aria-label=\"text\"> "
       "<label><input type=\"checkbox\" id=\"f-new\" onchange=\"delibFilter()\"> only "
       "new</label> <span id=\"f-count\"></span></div>\n";
  if (m.linked_images > 0)
    h += "<p class=\"notes\" id=\"linked-images\">" + std::to_string(m.linked_images) +
         " page pictures are linked from the pages/ folder rather than embedded (the report "
         "would pass " +
         Fixed(m.info.picture_budget / 1048576.0, 0) +
         " MB): keep pages/ beside report.html to see them.</p>\n";
  if (!m.failed_links.empty()) {
    h += "<h2>Failed files</h2><table class=\"failures\" "
         "id=\"failures\"><tr><th>file</th><th>path</th><th>code</th><th>message</th></tr>";
    for (size_t i = 0; i < m.failed_links.size(); ++i) {
      const ordered& f = m.failures[i];
      h += "<tr><td><a href=\"#" + m.failed_links[i].first + "\">" +
           HtmlEscape(m.failed_links[i].second) + "</a></td><td>" +
           HtmlEscape(f["path"].get<std::string>()) + "</td><td><code>" +
           HtmlEscape(f["code"].get<std::string>()) + "</code></td><td>" +
           HtmlEscape(f["message"].get<std::string>()) + "</td></tr>";
    }
    h += "</table>\n";
  }
  if (!corpus_html.empty())
    h += "<h2>Across documents</h2><div id=\"corpus\">" + corpus_html + "</div>\n";
  int listed = m.total[0] + m.total[1] + m.total[2];
  std::string list_head =
      "<h2>Anomalies</h2>\n<details class=\"anomaly-list\"" +
      std::string(listed <= 500 ? " open" : "") + "><summary>List of " + std::to_string(listed) +
      " anomalies (click a column to sort)</summary><table id=\"anomaly-list\" "
      "class=\"sortable\"><tr><th>severity</th><th>rule</th><th>document</th><th>act</th>"
      "<th>message</th><th>new</th></tr>";
  h += "<h2>Documents</h2>\n<details class=\"index\"" +
       std::string(m.records <= 100 ? " open" : "") + "><summary>Index of " +
       std::to_string(m.records) +
       " documents</summary><table id=\"index\" "
       "class=\"sortable\"><tr><th>file</th><th>status</th><th>acts</th>"
       "<th>errors</th><th>warnings</th><th>new</th></tr>";
  // The head, with the list of every anomaly before the documents.
  size_t documents_at = h.rfind("<h2>Documents</h2>");
  Status s = html.Append(std::string_view(h).substr(0, documents_at));
  if (s.ok()) s = html.Append(list_head);
  // The parts spooled to temporary files, copied in.
  auto append_spool = [&](FILE* spool) {
    if (!spool) return;
    std::rewind(spool);
    char buf[1 << 16];
    size_t n;
    while (s.ok() && (n = std::fread(buf, 1, sizeof buf, spool)) > 0)
      s = html.Append(std::string_view(buf, n));
  };
  append_spool(m.rows);
  if (s.ok()) s = html.Append("</table></details>\n");
  if (s.ok()) s = html.Append(std::string_view(h).substr(documents_at));
  if (s.ok()) s = html.Append(m.index_rows);
  if (s.ok()) s = html.Append("</table></details>\n");
  append_spool(m.sections);
  if (s.ok()) s = html.Append("</body></html>\n");
  if (!s.ok()) return s;

  // summary.json last: a job that waits for it finds the CSV and the report
  // of the same run already in place.
  s = m.csv->Commit();
  if (!s.ok()) return s;
  s = html.Commit();
  if (!s.ok()) return s;
  s = WriteFileAtomic(m.out_dir + "/summary.json", DumpJson(summary, 2) + "\n");
  if (!s.ok()) return s;

  // History: this run's ids become the next run's "previous".
  std::string state_dir = m.out_dir + "/.delib";
  mkdir(state_dir.c_str(), 0755);
  std::sort(m.current_ids.begin(), m.current_ids.end());
  m.current_ids.erase(std::unique(m.current_ids.begin(), m.current_ids.end()), m.current_ids.end());
  json history = {{"generated_at", m.info.generated_at}, {"ids", m.current_ids}};
  s = WriteFileAtomic(state_dir + "/anomalies-previous.json", DumpJson(history) + "\n");
  if (!s.ok()) m.problems.push_back("anomaly history not saved: " + s.message());

  BatchOutcome out;
  out.errors_unreviewed = m.open[0];
  out.warnings_unreviewed = m.open[1];
  out.new_count = m.new_count;
  out.dismissed_count = m.dismissed;
  out.confirmed_count = m.confirmed;
  out.records = m.records;
  out.problems = m.problems;
  out.notes = m.notes;
  return out;
}

Result<BatchOutcome> WriteBatchOutputs(const std::string& out_dir, const BatchInfo& info) {
  std::vector<std::string> names, earlier;
  DIR* dir = opendir(out_dir.c_str());
  if (!dir) return Status(Code::kNotFound, "cannot open the output folder " + out_dir);
  while (dirent* e = readdir(dir)) {
    std::string n = e->d_name;
    if (n.size() <= 5 || n.compare(n.size() - 5, 5, ".json") != 0) continue;
    if (n[0] == '.' || n == "summary.json" || n.rfind("review", 0) == 0) continue;
    names.push_back(n);
  }
  closedir(dir);
  if (info.stems) {
    std::set<std::string> of_run;
    for (const std::string& stem : *info.stems) of_run.insert(stem + ".json");
    for (const std::string& n : names)
      if (!of_run.count(n)) earlier.push_back(ValidUtf8(n.substr(0, n.size() - 5)));
    names.assign(of_run.begin(), of_run.end());
  }
  std::sort(names.begin(), names.end());
  std::sort(earlier.begin(), earlier.end());

  Result<BatchWriter> writer = BatchWriter::Open(out_dir, info);
  if (!writer.ok()) return writer.status();
  for (const std::string& stem : earlier) writer.value().AddEarlier(stem);
  for (const std::string& name : names) {
    std::string text;
    Status read = ReadFile(out_dir + "/" + name, &text);
    if (!read.ok()) {
      writer.value().AddUnreadable(name, read.message());
      continue;
    }
    Result<json> record = ParseJson(text);
    if (!record.ok()) {
      writer.value().AddUnreadable(name, "not JSON: " + record.status().message());
      continue;
    }
    if (!record.value().is_object() || !Member(record.value(), "source") ||
        !Member(record.value(), "status")) {
      writer.value().AddUnreadable(name, "not a delib record (no \"source\" or \"status\")");
      continue;
    }
    writer.value().Add(name.substr(0, name.size() - 5), record.value());
  }
  return writer.value().Finish();
}

}  // namespace delib
