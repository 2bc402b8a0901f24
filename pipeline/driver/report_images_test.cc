#include "pipeline/driver/report_images.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("report_images: base64 as RFC 4648 says") {
  CHECK(Base64("") == "");
  CHECK(Base64("f") == "Zg==");
  CHECK(Base64("fo") == "Zm8=");
  CHECK(Base64("foo") == "Zm9v");
  CHECK(Base64("foobar") == "Zm9vYmFy");
  CHECK(Base64(std::string("\xff\xfe\x00", 3)) == "//4A");
}

TEST_CASE("report_images: picture sizes from PNG and JPEG headers, nothing from others") {
  std::string png(
      "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x2a\x00\x00\x01\xa5\x08\x00\x00\x00\x00",
      29);
  auto p = ImageSize(png, ImageFormat::kPng);
  REQUIRE(p);
  CHECK(p->first == 298);
  CHECK(p->second == 421);
  // SOI, an APP0 segment of 16 bytes, then SOF2 (progressive): 421 high, 298 wide.
  std::string jpg(
      "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
      "\xff\xc2\x00\x11\x08\x01\xa5\x01\x2a\x01",
      31);
  auto j = ImageSize(jpg, ImageFormat::kJpeg);
  REQUIRE(j);
  CHECK(j->first == 298);
  CHECK(j->second == 421);
  CHECK(!ImageSize(png, ImageFormat::kJpeg));
  CHECK(!ImageSize(jpg, ImageFormat::kPng));
  CHECK(!ImageSize(std::string("\xff\xd8\xff", 3), ImageFormat::kJpeg));  // truncated
}

TEST_CASE("report_images: a crop is the box with a margin, kept on the page") {
  PtRect c = CropAround({72, 410, 530, 428}, 595, 842);
  CHECK(c.x0 == 48);
  CHECK(c.y0 == 392);
  CHECK(c.x1 == 554);
  CHECK(c.y1 == 446);
  // A lone figure keeps some of its line: at least 216 x 54 pt.
  PtRect fig = CropAround({300, 300, 310, 308}, 595, 842);
  CHECK(fig.width() == doctest::Approx(216));
  CHECK(fig.height() == doctest::Approx(54));
  // At the page's corner the crop moves inside the page, never past it.
  PtRect corner = CropAround({0, 830, 20, 842}, 595, 842);
  CHECK(corner.x0 == 0);
  CHECK(corner.x1 == doctest::Approx(216));
  CHECK(corner.y1 == 842);
  CHECK(corner.y0 == doctest::Approx(788));
  // A box as large as the page is the page.
  PtRect all = CropAround({0, 0, 595, 842}, 595, 842);
  CHECK(all.x0 == 0);
  CHECK(all.x1 == 595);
  CHECK(CropStyle(all, 595, 842, 1240).find("background-position:0.000% 0.000%") !=
        std::string::npos);
}

TEST_CASE("report_images: crop and box styles in percent, whatever the locale") {
  PtRect crop{48, 392, 554, 446};
  CHECK(CropStyle(crop, 595, 842, 1240) ==
        "width:1055px;aspect-ratio:506.0/54.0;background-size:117.589% "
        "1559.259%;background-position:53.933% 49.746%");
  CHECK(BoxStyle({72, 410, 530, 428}, {0, 0, 595, 842}) ==
        "left:12.10%;top:48.69%;width:76.97%;height:2.14%");
  CHECK(Fixed(-0.004, 2) == "0.00");
  CHECK(Fixed(2.5, 1) == "2.5");
}

}  // namespace delib
