// Page pictures inside report.html. The worker writes one picture per page
// that holds evidence (page_images.h: DIR/pages/<stem>-p<N>.jpg or .png, at
// about 150 dpi); the report embeds each picture once, as a data: URI in a
// CSS class, and every piece of evidence on that page is shown as a crop of
// it (its box on the page with a margin, at the picture's own resolution),
// a link to the whole page with every box of the page drawn on it.
//
//   std::optional<ImageFile> img = FindPageImage(dir, "premesques", 3);   // pages/premesques-p3.*
//   PtRect crop = CropAround(box, page_w, page_h);              // box + margin, in points
//   std::string style = CropStyle(crop, page_w, page_h, img->width);
//
// Rule: N pieces of evidence on one page cost one picture, never N (e.g. 12
// quotes of one attendance list on page 2 are 12 crops of one image).
// Boxes are in points from the page's top left, like the records' "bbox".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace delib {

enum class ImageFormat { kPng, kJpeg };
const char* MimeType(ImageFormat format);   // "image/png", "image/jpeg"
const char* Extension(ImageFormat format);  // "png", "jpg"

struct ImageFile {
  std::string path;      // as found: DIR/pages/<stem>-p<N>.<ext>
  std::string relative;  // "pages/<stem>-p<N>.<ext>", unescaped
  ImageFormat format = ImageFormat::kPng;
  int width = 0, height = 0;  // pixels
};

// The picture of page `page` of `stem` under DIR/pages (a .jpg, else a
// .png), with its size read from its header; nullopt when there is none or
// it is neither a PNG nor a JPEG.
std::optional<ImageFile> FindPageImage(const std::string& out_dir, const std::string& stem,
                                       int page);

// Width and height from a PNG's IHDR or a JPEG's SOF marker; nullopt else.
std::optional<std::pair<int, int>> ImageSize(std::string_view bytes, ImageFormat format);

// RFC 4648 base64 (with padding), for data: URIs.
std::string Base64(std::string_view bytes);

struct PtRect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// The region shown for a box: the box plus a margin (24 pt across, 18 pt
// down), at least 216 pt wide and 54 pt high (a lone figure keeps its line),
// clamped to the page. E.g. [72, 410, 530, 428] on A4 -> [48, 392, 554, 446].
PtRect CropAround(const PtRect& box, double page_w, double page_h);

// CSS for an element showing `crop` of a page picture set as its
// background: its width in pixels (the picture's own resolution, shrunk by
// max-width), its aspect ratio, and the background's size and position in
// percent, so the crop stays right at any width.
std::string CropStyle(const PtRect& crop, double page_w, double page_h, int image_width);

// CSS placing `box` inside `frame` (both in points) in percent:
// "left:12.10%;top:48.69%;width:76.97%;height:2.14%".
std::string BoxStyle(const PtRect& box, const PtRect& frame);

// printf("%.Nf") without the locale ("12,10" under LC_NUMERIC=fr_FR).
std::string Fixed(double v, int decimals);

}  // namespace delib
