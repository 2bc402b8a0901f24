#include "tests/pdf_fixture.h"

#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace delib::testing {
namespace {

// UTF-8 -> PDF literal string in WinAnsi (Latin-1 subset), escaped.
std::string PdfString(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out = "(";
  for (int32_t i = 0; i < u.length(); ++i) {
    UChar c = u.charAt(i);
    if (c == 0x2019) c = '\'';
    if (c == 0x2013 || c == 0x2014) c = '-';
    if (c == 0x0153) {
      out += "\x9c";
      continue;
    }  // œ in WinAnsi
    if (c > 0xFF) c = '?';
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += static_cast<char>(c);
  }
  return out + ")";
}

std::string Assemble(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char buf[32];
  for (size_t off : offsets) {
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

std::string MakeTextPdf(const std::vector<std::vector<std::string>>& pages) {
  // 1 catalog, 2 pages, 3 font, then per page: page, content.
  std::vector<std::string> objs(3);
  std::string kids;
  for (size_t p = 0; p < pages.size(); ++p) {
    size_t page_obj = 4 + 2 * p, content_obj = page_obj + 1;
    kids += std::to_string(page_obj) + " 0 R ";
    std::string stream = "BT /F1 11 Tf 14 TL 56 790 Td\n";
    for (const std::string& line : pages[p]) stream += PdfString(line) + " Tj T*\n";
    stream += "ET";
    objs.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        "/F1 3 0 R >> >> /Contents " +
        std::to_string(content_obj) + " 0 R >>");
    objs.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                   "\nendstream");
  }
  objs[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objs[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  objs[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  return Assemble(objs);
}

std::string MakeDrawnPdf(const std::string& content) {
  // Each "(...)" run of UTF-8 becomes a WinAnsi string (no nested parens).
  std::string stream;
  for (size_t i = 0; i < content.size();) {
    if (content[i] != '(') {
      stream += content[i++];
      continue;
    }
    size_t e = content.find(')', i);
    stream += PdfString(content.substr(i + 1, e - i - 1));
    i = e + 1;
  }
  std::vector<std::string> objs;
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objs.push_back("<< /Type /Pages /Kids [4 0 R] /Count 1 >>");
  objs.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  objs.push_back(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
      "/F1 3 0 R >> >> /Contents 5 0 R >>");
  objs.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                 "\nendstream");
  return Assemble(objs);
}

std::string MakeImagePdf(const std::vector<GrayImage>& pages, double width_pt, double height_pt) {
  std::vector<std::string> objs(2);
  std::string kids;
  for (size_t p = 0; p < pages.size(); ++p) {
    size_t page_obj = 3 + 3 * p, content_obj = page_obj + 1, image_obj = page_obj + 2;
    const GrayImage& img = pages[p];
    kids += std::to_string(page_obj) + " 0 R ";
    // A4, landscape when the image is wider than tall (a page fed sideways).
    std::string w = img.width > img.height ? "842" : "595",
                h = img.width > img.height ? "595" : "842";
    if (width_pt > 0 && height_pt > 0) {
      w = std::to_string(static_cast<long>(width_pt));
      h = std::to_string(static_cast<long>(height_pt));
    }
    std::string content = "q " + w + " 0 0 " + h + " 0 0 cm /Im0 Do Q";
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + w + " " + h +
                   "] /Resources << /XObject << "
                   "/Im0 " +
                   std::to_string(image_obj) + " 0 R >> >> /Contents " +
                   std::to_string(content_obj) + " 0 R >>");
    objs.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                   "\nendstream");
    std::string data(img.pixels.begin(), img.pixels.end());
    objs.push_back("<< /Type /XObject /Subtype /Image /Width " + std::to_string(img.width) +
                   " /Height " + std::to_string(img.height) +
                   " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " +
                   std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream");
  }
  objs[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objs[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  return Assemble(objs);
}

std::string TempDir() {
  static std::string dir = [] {
    std::string d = std::filesystem::temp_directory_path().string() + "/delib-tests-" +
                    std::to_string(getpid());
    // A process of an earlier run with the same pid may have left its files
    // (an OCR cache that would answer for the engine): start empty.
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = TempDir() + "/" + name;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

GrayImage Rotate180(const GrayImage& img) {
  GrayImage out = img;
  std::reverse(out.pixels.begin(), out.pixels.end());
  return out;
}

GrayImage RotateLeft(const GrayImage& img) {
  GrayImage out;
  out.width = img.height;
  out.height = img.width;
  out.dpi = img.dpi;
  out.pixels.resize(img.pixels.size());
  // Source (x, y) goes to (y, W - 1 - x).
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x)
      out.pixels[static_cast<size_t>(img.width - 1 - x) * out.width + y] =
          img.pixels[static_cast<size_t>(y) * img.width + x];
  return out;
}

}  // namespace delib::testing
