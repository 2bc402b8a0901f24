// Adapter over poppler-cpp: the only file that sees Poppler's types.
// Opening checks everything a bad input can be (missing, empty, not a PDF,
// corrupt, encrypted, no pages, absurd page size) and says it in words a
// person understands. Not thread-safe: one PdfSource per worker.
//
//   Result<PdfSource> pdf = PdfSource::Open(path, limits);
//   PageText text = pdf.value().TextLayer(1);       // words with boxes, points
//   GrayImage img = pdf.value().Render(1, 300).value();
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/pdf/page_text.h"

namespace poppler {
class document;
}

namespace delib {

// 8-bit grayscale image, rows top to bottom, no padding.
struct GrayImage {
  int width = 0, height = 0;
  double dpi = 0;
  std::vector<uint8_t> pixels;
};

struct PdfLimits {
  int max_pages = 2000;
  double min_side_pt = 36;     // half an inch
  double max_side_pt = 14400;  // PDF's own limit (200 in)
};

// The most pixels a page is rendered with: 32 million, an A3 page at 400 dpi
// (31 million) and anything smaller at any resolution delib uses. A larger
// page (a plan, a poster) is rendered at the resolution that fits: a 1.8 m
// square page at 80 dpi instead of 300 (452 million pixels, 2.3 GB in the
// renderer). A page keeps one rendering at a time, in 8-bit gray (32 MB at
// the cap); the renderer and the OCR engine hold a few more copies, so one
// worker stays under about 0.5 GB whatever the page, and a run under that
// times --jobs.
inline constexpr double kMaxRenderPixels = 32e6;
// Below this resolution a rendering is no reading: a page that would need
// less (a 5 m square page: 29 dpi) is refused, and says so.
inline constexpr double kMinRenderDpi = 50;

// The resolution at which a page of `width_pt` x `height_pt` points is
// rendered when `dpi` is asked: `dpi`, or the highest below it that keeps
// width x height in pixels under kMaxRenderPixels.
double BoundedDpi(double width_pt, double height_pt, double dpi);

class PdfSource {
 public:
  static Result<PdfSource> Open(const std::string& path, const PdfLimits& limits = {});
  PdfSource(PdfSource&&) noexcept;
  PdfSource& operator=(PdfSource&&) noexcept;
  ~PdfSource();

  int pages() const { return pages_; }
  const std::string& path() const { return path_; }
  // Page size in points, as displayed (rotation applied).
  void PageSize(int page, double* width_pt, double* height_pt) const;
  // Words of the page's text layer (may be empty). Lines are grouped.
  Result<PageText> TextLayer(int page) const;
  // At BoundedDpi(page size, dpi): the image's `dpi` says which was used.
  Result<GrayImage> Render(int page, double dpi) const;

 private:
  PdfSource() = default;
  std::unique_ptr<poppler::document> doc_;
  int pages_ = 0;
  std::string path_;
};

// Whether a text layer is real text worth using rather than OCR: enough
// letters, mostly in words of plausible shape (not the garbage of a broken
// font encoding, not a handful of stray glyphs on a scan).
bool IsRealTextLayer(const PageText& page);

// Whether a text layer's words span a third of the page's height or more: the
// page's text, rather than a stamp or a line laid over a scan (the
// préfecture's "Envoyé en préfecture le ... ID : 030-...-DE" in a corner).
bool SpansPage(const PageText& page);

// Whether a text layer holds at least one word of two letters or more: on a
// page that is no scan, that is the page's text, however short.
bool HasSomeText(const PageText& page);

}  // namespace delib
