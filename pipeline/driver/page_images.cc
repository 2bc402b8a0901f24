#include "pipeline/driver/page_images.h"

#include <leptonica/allheaders.h>

#include <cmath>
#include <filesystem>
#include <set>

#include "pipeline/base/atomic_file.h"

namespace delib {
namespace {

// Leptonica's encoders into memory; empty on failure.
std::string Encode(Pix* pix, bool jpeg, int quality) {
  l_uint8* data = nullptr;
  size_t size = 0;
  int err = jpeg ? pixWriteMemJpeg(&data, &size, pix, quality, 0)
                 : pixWriteMemPng(&data, &size, pix, 0.0);
  std::string out;
  if (err == 0 && data) out.assign(reinterpret_cast<const char*>(data), size);
  if (data) lept_free(data);
  return out;
}

}  // namespace

std::vector<int> PagesToShow(const Record& record, int max_pages) {
  std::set<int> pages;
  for (const Act& act : record.acts)
    for (const Anomaly& an : act.anomalies)
      for (const Evidence& ev : an.evidence)
        if (ev.page >= 1 && ev.page <= record.pages) pages.insert(ev.page);
  std::vector<int> out(pages.begin(), pages.end());
  if (static_cast<int>(out.size()) > max_pages) out.resize(max_pages);
  return out;
}

std::vector<int> WritePageImages(const PdfSource& pdf, const Record& record, const std::string& dir,
                                 const std::string& stem, const PageImageOptions& options) {
  std::vector<int> written;
  std::vector<int> pages = PagesToShow(record, options.max_pages);
  if (pages.empty()) return written;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return written;
  for (int page : pages) {
    double w_pt = 0, h_pt = 0;
    pdf.PageSize(page, &w_pt, &h_pt);
    double dpi = options.dpi;
    if (w_pt > 0 && h_pt > 0)
      dpi = std::min(dpi, 72 * std::sqrt(options.max_pixels / (w_pt * h_pt)));
    Result<GrayImage> img = pdf.Render(page, dpi);
    if (!img.ok()) continue;
    const GrayImage& g = img.value();
    Pix* pix = pixCreate(g.width, g.height, 8);
    if (!pix) continue;
    l_uint32* data = pixGetData(pix);
    int wpl = pixGetWpl(pix);
    for (int y = 0; y < g.height; ++y)
      for (int x = 0; x < g.width; ++x)
        SET_DATA_BYTE(data + static_cast<size_t>(y) * wpl, x,
                      g.pixels[static_cast<size_t>(y) * g.width + x]);
    int rotation = page - 1 < static_cast<int>(record.page_rotations.size())
                       ? record.page_rotations[page - 1]
                       : 0;
    if (rotation % 360 != 0) {
      Pix* turned = pixRotateOrth(pix, (rotation / 90) % 4);
      pixDestroy(&pix);
      pix = turned;
    }
    if (!pix) continue;
    pixSetResolution(pix, static_cast<int>(std::lround(g.dpi)),
                     static_cast<int>(std::lround(g.dpi)));
    // One encoding, chosen by how the page was read: on the samples a scan's
    // PNG is 3 times its JPEG, a text page's PNG 0.6 times.
    bool scan = page - 1 < static_cast<int>(record.page_sources.size()) &&
                record.page_sources[page - 1] == "ocr";
    std::string bytes = Encode(pix, /*jpeg=*/scan, options.jpeg_quality);
    pixDestroy(&pix);
    bool use_jpg = scan;
    if (bytes.empty()) continue;
    std::string base = dir + "/" + stem + "-p" + std::to_string(page);
    // Atomic: a full disk leaves no half picture.
    if (!WriteFileAtomic(base + (use_jpg ? ".jpg" : ".png"), bytes).ok()) continue;
    std::filesystem::remove(base + (use_jpg ? ".png" : ".jpg"), ec);
    written.push_back(page);
  }
  return written;
}

}  // namespace delib
