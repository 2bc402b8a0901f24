#include "pipeline/pdf/pdf_source.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <sys/stat.h>

#include <cmath>
#include <cstring>
#include <fstream>

#include "pipeline/pdf/library_messages.h"
#include "pipeline/pdf/symbol_glyphs.h"

namespace delib {
namespace {

std::string ToUtf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

PdfSource::PdfSource(PdfSource&&) noexcept = default;
PdfSource& PdfSource::operator=(PdfSource&&) noexcept = default;
PdfSource::~PdfSource() = default;

Result<PdfSource> PdfSource::Open(const std::string& path, const PdfLimits& limits) {
  // What Poppler says about this file ("Syntax Error: Unknown operator")
  // is kept for its record, never printed nor dropped; this replaced a
  // handler that threw the messages away, the record's capture included.
  CaptureLibraryMessages();
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Status(Code::kNotFound, "the file does not exist");
  if (!S_ISREG(st.st_mode)) return Status(Code::kUnreadable, "not a regular file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Code::kUnreadable, "the file cannot be read (permissions?)");
  if (st.st_size == 0) return Status(Code::kEmpty, "the file is empty (0 bytes)");
  char head[1024] = {0};
  in.read(head, sizeof head);
  std::string_view h(head, static_cast<size_t>(in.gcount()));
  if (h.find("%PDF-") == std::string_view::npos) {
    std::string what = "the file is not a PDF";
    if (h.size() >= 4 && (std::memcmp(head, "\x89PNG", 4) == 0))
      what += " (it is a PNG image)";
    else if (h.size() >= 3 && std::memcmp(head, "\xFF\xD8\xFF", 3) == 0)
      what += " (it is a JPEG image)";
    else if (h.size() >= 4 &&
             (std::memcmp(head, "II*\0", 4) == 0 || std::memcmp(head, "MM\0*", 4) == 0))
      what += " (it is a TIFF image)";
    else if (h.size() >= 2 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6')
      what += " (it is a PNM image)";
    return Status(Code::kNotPdf, what);
  }
  PdfSource src;
  src.doc_.reset(poppler::document::load_from_file(path));
  if (!src.doc_)
    return Status(Code::kCorrupt, "the PDF is damaged or truncated: Poppler could not read it");
  if (src.doc_->is_locked())
    return Status(Code::kEncrypted, "the PDF is encrypted and needs a password");
  src.pages_ = src.doc_->pages();
  src.path_ = path;
  if (src.pages_ <= 0) return Status(Code::kNoPages, "the PDF has no page");
  if (src.pages_ > limits.max_pages)
    return Status(Code::kTooManyPages, "the PDF has " + std::to_string(src.pages_) +
                                           " pages, over the limit of " +
                                           std::to_string(limits.max_pages));
  for (int i = 1; i <= src.pages_; ++i) {
    double w = 0, h2 = 0;
    src.PageSize(i, &w, &h2);
    if (w < limits.min_side_pt || h2 < limits.min_side_pt || w > limits.max_side_pt ||
        h2 > limits.max_side_pt) {
      char msg[160];
      std::snprintf(msg, sizeof msg, "page %d has an absurd size (%.0f x %.0f points)", i, w, h2);
      return Status(Code::kPageSize, msg, i);
    }
  }
  return src;
}

void PdfSource::PageSize(int page, double* width_pt, double* height_pt) const {
  *width_pt = *height_pt = 0;
  std::unique_ptr<poppler::page> p(doc_->create_page(page - 1));
  if (!p) return;
  poppler::rectf r = p->page_rect(poppler::media_box);
  double w = r.width(), h = r.height();
  poppler::page::orientation_enum o = p->orientation();
  if (o == poppler::page::landscape || o == poppler::page::seascape) std::swap(w, h);
  *width_pt = w;
  *height_pt = h;
}

Result<PageText> PdfSource::TextLayer(int page) const {
  std::unique_ptr<poppler::page> p(doc_->create_page(page - 1));
  if (!p) return Status(Code::kCorrupt, "page cannot be read", page);
  PageText out;
  out.number = page;
  PageSize(page, &out.width_pt, &out.height_pt);
  out.source = PageSource::kTextLayer;
  std::vector<Word> words;
  for (const poppler::text_box& tb : p->text_list()) {
    Word w;
    // A symbol font's bullet or tick is read as what it draws.
    w.text = ReplaceSymbolGlyphs(ToUtf8(tb.text()));
    if (w.text.empty()) continue;
    poppler::rectf r = tb.bbox();
    w.box = {r.left(), r.top(), r.right(), r.bottom()};
    w.conf = 1.0f;
    words.push_back(std::move(w));
  }
  out.lines = GroupIntoLines(std::move(words));
  return out;
}

double BoundedDpi(double width_pt, double height_pt, double dpi) {
  double pixels = (width_pt * dpi / 72) * (height_pt * dpi / 72);
  if (width_pt <= 0 || height_pt <= 0 || pixels <= kMaxRenderPixels) return dpi;
  // One dpi under the exact bound: rounding of the renderer stays under it.
  return std::floor(dpi * std::sqrt(kMaxRenderPixels / pixels)) - 1;
}

Result<GrayImage> PdfSource::Render(int page, double dpi) const {
  std::unique_ptr<poppler::page> p(doc_->create_page(page - 1));
  if (!p) return Status(Code::kRender, "page cannot be read", page);
  double w = 0, h = 0;
  PageSize(page, &w, &h);
  dpi = BoundedDpi(w, h, dpi);
  if (dpi < 1) return Status(Code::kPageSize, "page too large to render", page);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image img = renderer.render_page(p.get(), dpi, dpi);
  if (!img.is_valid() || img.width() <= 0 || img.height() <= 0)
    return Status(Code::kRender, "page could not be rendered", page);
  GrayImage out;
  out.width = img.width();
  out.height = img.height();
  out.dpi = dpi;
  out.pixels.resize(static_cast<size_t>(out.width) * out.height);
  const char* data = img.const_data();
  int stride = img.bytes_per_row();
  for (int y = 0; y < out.height; ++y)
    std::memcpy(&out.pixels[static_cast<size_t>(y) * out.width],
                data + static_cast<size_t>(y) * stride, out.width);
  return out;
}

bool IsRealTextLayer(const PageText& page) {
  size_t letters = 0, words = 0, plausible = 0;
  for (const Line& l : page.lines) {
    for (const Word& w : l.words) {
      ++words;
      size_t alpha = 0;
      for (unsigned char c : w.text)
        if (std::isalpha(c) || c >= 0x80) ++alpha;
      letters += alpha;
      if (alpha * 2 >= w.text.size()) ++plausible;
    }
  }
  return letters >= 40 && words >= 8 && plausible * 10 >= words * 6;
}

bool SpansPage(const PageText& page) {
  constexpr double kMinShare = 1.0 / 3;
  BBox all;
  for (const Line& l : page.lines)
    for (const Word& w : l.words) all.Extend(w.box);
  return page.height_pt > 0 && !all.empty() && all.y1 - all.y0 >= kMinShare * page.height_pt;
}

bool HasSomeText(const PageText& page) {
  for (const Line& l : page.lines)
    for (const Word& w : l.words) {
      size_t alpha = 0;
      for (unsigned char c : w.text)
        if (std::isalpha(c) || c >= 0x80) ++alpha;
      if (alpha >= 2) return true;
    }
  return false;
}

}  // namespace delib
