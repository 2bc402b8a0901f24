// Test fixtures: small PDFs written by hand, so that pipeline tests need no
// generator. A text PDF has a real text layer (Helvetica, WinAnsi, so French
// accents work); an image PDF holds one grayscale image per page and no text,
// like a scan.
#pragma once

#include <string>
#include <vector>

#include "pipeline/pdf/pdf_source.h"

namespace delib::testing {

// Each page is a list of lines (UTF-8), drawn top-down at 11 pt.
std::string MakeTextPdf(const std::vector<std::vector<std::string>>& pages);
// One A4 page drawn by a content stream (PDF operators, points from the
// bottom left); "/F1" is Helvetica (WinAnsi). Text in `(...)` is UTF-8,
// encoded here. For vector rules and boxes beside a text layer.
std::string MakeDrawnPdf(const std::string& content);
// Each image becomes an A4 page (the image stretched to it), or a page of
// `width_pt` x `height_pt` points when given (a plan, a poster).
std::string MakeImagePdf(const std::vector<GrayImage>& pages, double width_pt = 0,
                         double height_pt = 0);
// Writes bytes to a fresh file under a per-test temporary folder; returns its path.
std::string WriteTemp(const std::string& name, const std::string& bytes);
std::string TempDir();
// Rotates an image by 180 degrees (an upside-down scan).
GrayImage Rotate180(const GrayImage& img);
// Rotates an image a quarter turn counter-clockwise (a page fed sideways).
GrayImage RotateLeft(const GrayImage& img);

}  // namespace delib::testing
