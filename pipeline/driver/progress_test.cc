#include "pipeline/driver/progress.h"

#include <doctest/doctest.h>

#include <cmath>

namespace delib {

TEST_CASE("progress: pages not yet counted are an estimate said apart, gone once all are open") {
  ProgressModel m(3);
  ProgressModel::View v = m.Now(0.1);
  CHECK(v.pages_counted == 0);
  CHECK(v.pages_estimated == 3);  // one page each until a document is opened
  CHECK_FALSE(v.seconds_left.has_value());
  m.DocOpened(0, 10);
  v = m.Now(0.2);
  CHECK(v.pages_counted == 10);
  CHECK(v.pages_estimated == 20);
  m.DocOpened(1, 4);
  m.DocOpened(2, 1);
  v = m.Now(0.3);
  CHECK(v.pages_counted == 15);
  CHECK(v.pages_estimated == 0);
}

TEST_CASE("progress: the page total only grows and pages done never pass it") {
  ProgressModel m(2);
  long last_total = 0;
  double t = 0;
  for (int p = 0; p < 5; ++p) {
    m.PageDone(0, 5, false);
    m.PageDone(0, 5, false);  // a helper read the same page again
    ProgressModel::View v = m.Now(t += 1);
    CHECK(v.pages_counted >= last_total);
    CHECK(v.pages_done <= v.pages_counted);
    last_total = v.pages_counted;
  }
  CHECK(m.Now(t += 1).pages_done == 5);
}

TEST_CASE("progress: a document that ends unread is no longer waited for") {
  ProgressModel m(3);
  m.DocOpened(0, 4);
  for (int p = 0; p < 4; ++p) m.PageDone(0, 4, true);
  m.DocDone(0, DocEnd::kRead);
  m.DocOpened(1, 6);
  m.PageDone(1, 6, true);
  m.DocDone(1, DocEnd::kFailed);  // stopped after one page of six
  m.DocDone(2, DocEnd::kRead);    // up to date: never opened
  ProgressModel::View v = m.Now(5);
  CHECK(v.docs_done == 3);
  CHECK(v.failed == 1);
  CHECK(v.pages_estimated == 0);
  CHECK(v.share == doctest::Approx(1.0));
  REQUIRE(v.seconds_left.has_value());
  CHECK(*v.seconds_left == doctest::Approx(0.0));
  CHECK(m.ocr_pages() == 5);
}

TEST_CASE("progress: a long scan opened at once moves the time left over seconds, not at once") {
  // Ten documents of 10 pages at one page a second, then a 300-page scan.
  ProgressModel m(11);
  double t = 0;
  ProgressModel::View v;
  for (size_t doc = 0; doc < 10; ++doc) {
    m.DocOpened(doc, 10);
    for (int p = 0; p < 10; ++p) {
      m.PageDone(doc, 10, false);
      v = m.Now(t += 1);
    }
    m.DocDone(doc, DocEnd::kRead);
  }
  v = m.Now(t += 0.2);
  REQUIRE(v.seconds_left.has_value());
  double before = *v.seconds_left;
  CHECK(before < 20);  // one document of about 10 pages left
  double share_before = v.share;
  m.DocOpened(10, 300);
  v = m.Now(t += 0.2);                   // the next redraw
  CHECK(*v.seconds_left < before + 30);  // not a jump to 300 s
  CHECK(v.share >= share_before);        // the bar does not go back
  CHECK(v.pages_counted == 400);
  for (int s = 0; s < 60; ++s) v = m.Now(t += 1);  // no page read for a minute
  CHECK(*v.seconds_left > 200);                    // it got there
  // And each redraw moved it by a bounded step.
  double prev = *v.seconds_left;
  for (int s = 0; s < 10; ++s) {
    m.PageDone(10, 300, true);
    v = m.Now(t += 1);
    CHECK(std::abs(*v.seconds_left - prev) < 60);
    prev = *v.seconds_left;
  }
}

TEST_CASE("progress: durations as the line says them") {
  CHECK(ShortDuration(0.4) == "0s");
  CHECK(ShortDuration(42) == "42s");
  CHECK(ShortDuration(125) == "2m05s");
  CHECK(ShortDuration(3780) == "1h03m");
  CHECK(ShortDuration(-3) == "0s");
}

}  // namespace delib
