#include "pipeline/driver/page_images.h"

#include <leptonica/allheaders.h>

#include <filesystem>
#include <set>

namespace delib {

std::vector<int> PagesToShow(const Record& record, int max_pages) {
  std::set<int> pages;
  if (record.pages > 0) pages.insert(1);
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
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return written;
  for (int page : PagesToShow(record, options.max_pages)) {
    Result<GrayImage> img = pdf.Render(page, options.dpi);
    if (!img.ok()) continue;
    const GrayImage& g = img.value();
    Pix* pix = pixCreate(g.width, g.height, 8);
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
    std::string path = dir + "/" + stem + "-p" + std::to_string(page) + ".png";
    std::string tmp = path + ".tmp.png";
    // Fast deflate: a 60 dpi gray page is barely smaller at the default
    // level and takes several times longer to write.
    if (pix) pixSetZlibCompression(pix, 1);
    if (pix && pixWrite(tmp.c_str(), pix, IFF_PNG) == 0) {
      std::filesystem::rename(tmp, path, ec);
      if (!ec) written.push_back(page);
    } else if (pix) {
      std::filesystem::remove(tmp, ec);  // a full disk leaves no half image
    }
    pixDestroy(&pix);
  }
  return written;
}

}  // namespace delib
