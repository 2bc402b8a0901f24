#include "pipeline/driver/report_images.h"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace delib {
namespace {

// Margins and least size of a crop, in points (72 per inch).
constexpr double kMarginX = 24, kMarginY = 18, kMinWidth = 216, kMinHeight = 54;

uint32_t Be32(std::string_view b, size_t o) {
  return (uint32_t(uint8_t(b[o])) << 24) | (uint32_t(uint8_t(b[o + 1])) << 16) |
         (uint32_t(uint8_t(b[o + 2])) << 8) | uint32_t(uint8_t(b[o + 3]));
}
uint32_t Be16(std::string_view b, size_t o) {
  return (uint32_t(uint8_t(b[o])) << 8) | uint32_t(uint8_t(b[o + 1]));
}

// [lo, hi] widened to at least `least` around its middle, then moved inside
// [0, limit] (shrunk only when the page itself is smaller).
void Widen(double* lo, double* hi, double least, double limit) {
  if (*hi - *lo < least) {
    double mid = (*lo + *hi) / 2;
    *lo = mid - least / 2;
    *hi = mid + least / 2;
  }
  if (*lo < 0) {
    *hi -= *lo;
    *lo = 0;
  }
  if (*hi > limit) {
    *lo = std::max(0.0, *lo - (*hi - limit));
    *hi = limit;
  }
}

}  // namespace

const char* MimeType(ImageFormat format) {
  return format == ImageFormat::kJpeg ? "image/jpeg" : "image/png";
}
const char* Extension(ImageFormat format) { return format == ImageFormat::kJpeg ? "jpg" : "png"; }

std::optional<std::pair<int, int>> ImageSize(std::string_view b, ImageFormat format) {
  if (format == ImageFormat::kPng) {
    static const char sig[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    if (b.size() < 24 || b.substr(0, 8) != std::string_view(sig, 8) || b.substr(12, 4) != "IHDR")
      return std::nullopt;
    int w = static_cast<int>(Be32(b, 16)), h = static_cast<int>(Be32(b, 20));
    if (w <= 0 || h <= 0) return std::nullopt;
    return std::make_pair(w, h);
  }
  // JPEG: markers from SOI; the frame header (SOF0-SOF15 but DHT C4, JPG
  // C8, DAC CC) holds height then width.
  if (b.size() < 4 || uint8_t(b[0]) != 0xFF || uint8_t(b[1]) != 0xD8) return std::nullopt;
  size_t o = 2;
  while (o + 4 <= b.size()) {
    if (uint8_t(b[o]) != 0xFF) return std::nullopt;
    uint8_t marker = uint8_t(b[o + 1]);
    if (marker == 0xFF) {  // fill byte
      ++o;
      continue;
    }
    size_t len = Be16(b, o + 2);
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      if (o + 9 > b.size()) return std::nullopt;
      int h = static_cast<int>(Be16(b, o + 5)), w = static_cast<int>(Be16(b, o + 7));
      if (w <= 0 || h <= 0) return std::nullopt;
      return std::make_pair(w, h);
    }
    if (len < 2) return std::nullopt;
    o += 2 + len;
  }
  return std::nullopt;
}

std::optional<ImageFile> FindPageImage(const std::string& out_dir, const std::string& stem,
                                       int page) {
  for (ImageFormat format : {ImageFormat::kJpeg, ImageFormat::kPng}) {
    ImageFile f;
    f.relative = "pages/" + stem + "-p" + std::to_string(page) + "." + Extension(format);
    f.path = out_dir + "/" + f.relative;
    f.format = format;
    std::ifstream in(f.path, std::ios::binary);
    if (!in) continue;
    // A JPEG's frame header may follow a large EXIF or ICC block; 64 KiB is
    // ample for what page_images.h writes (none).
    std::string head(65536, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    std::optional<std::pair<int, int>> size = ImageSize(head, format);
    if (!size) continue;
    f.width = size->first;
    f.height = size->second;
    return f;
  }
  return std::nullopt;
}

std::string Base64(std::string_view bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    uint32_t n = (uint32_t(uint8_t(bytes[i])) << 16) | (uint32_t(uint8_t(bytes[i + 1])) << 8) |
                 uint32_t(uint8_t(bytes[i + 2]));
    out += kAlphabet[n >> 18];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  size_t rest = bytes.size() - i;
  if (rest > 0) {
    uint32_t n = uint32_t(uint8_t(bytes[i])) << 16;
    if (rest == 2) n |= uint32_t(uint8_t(bytes[i + 1])) << 8;
    out += kAlphabet[n >> 18];
    out += kAlphabet[(n >> 12) & 63];
    out += rest == 2 ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

PtRect CropAround(const PtRect& box, double page_w, double page_h) {
  PtRect c{box.x0 - kMarginX, box.y0 - kMarginY, box.x1 + kMarginX, box.y1 + kMarginY};
  Widen(&c.x0, &c.x1, kMinWidth, page_w);
  Widen(&c.y0, &c.y1, kMinHeight, page_h);
  return c;
}

std::string CropStyle(const PtRect& crop, double page_w, double page_h, int image_width) {
  double px_per_pt = image_width / page_w;
  int width_px = std::max(1, static_cast<int>(std::lround(crop.width() * px_per_pt)));
  // background-position p% puts the point p% of the picture on the point
  // p% of the box: offset x0 of a picture wider than the box by (W - w)
  // is p = x0 / (W - w).
  auto position = [](double start, double shown, double whole) {
    return whole - shown > 1e-9 ? 100 * start / (whole - shown) : 0.0;
  };
  return "width:" + std::to_string(width_px) + "px;aspect-ratio:" + Fixed(crop.width(), 1) + "/" +
         Fixed(crop.height(), 1) + ";background-size:" + Fixed(100 * page_w / crop.width(), 3) +
         "% " + Fixed(100 * page_h / crop.height(), 3) +
         "%;background-position:" + Fixed(position(crop.x0, crop.width(), page_w), 3) + "% " +
         Fixed(position(crop.y0, crop.height(), page_h), 3) + "%";
}

std::string BoxStyle(const PtRect& box, const PtRect& frame) {
  return "left:" + Fixed(100 * (box.x0 - frame.x0) / frame.width(), 2) +
         "%;top:" + Fixed(100 * (box.y0 - frame.y0) / frame.height(), 2) +
         "%;width:" + Fixed(100 * box.width() / frame.width(), 2) +
         "%;height:" + Fixed(100 * box.height() / frame.height(), 2) + "%";
}

std::string Fixed(double v, int decimals) {
  if (!std::isfinite(v)) return "0";
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  long long n = std::llround(std::fabs(v) * scale);
  std::string out = (v < 0 && n != 0 ? "-" : "") + std::to_string(n / scale);
  if (decimals > 0) {
    std::string frac = std::to_string(n % scale);
    out += "." + std::string(decimals - frac.size(), '0') + frac;
  }
  return out;
}

}  // namespace delib
