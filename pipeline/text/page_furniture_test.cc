#include "pipeline/text/page_furniture.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace delib {
namespace {

// The flags of the lines whose text is `text`, in order.
std::vector<bool> FlagsOf(const DocText& doc, const std::vector<bool>& flags,
                          const std::string& text) {
  std::vector<bool> out;
  for (size_t i = 0; i < doc.lines().size(); ++i)
    if (doc.lines()[i].line->Text() == text) out.push_back(flags[i]);
  return out;
}

}  // namespace

TEST_CASE("Page furniture: the same line at the same height on most pages") {
  struct Case {
    const char* name;
    std::vector<std::string> pages;
    const char* line;
    std::vector<bool> want;  // the flag of each of its prints
  };
  const std::vector<Case> cases = {
      {"a letterhead on every page, one print misread",
       {"REPUBLIQUE FRANCAISE\nVote du budget\nVote : à l'unanimité",
        "REPUBLIQUE FRANCAISE\nConvention de prestation\nVote : à l'unanimité",
        "REPUBL1QUE FRANÇAISE\nEmprunt à court terme\nVote : à l'unanimité"},
       "REPUBLIQUE FRANCAISE",
       {true, true}},
      // Blank lines move the next 14 points down.
      {"a vote line that happens to stand at the same height twice",
       {"Vote du budget\nVote : à l'unanimité",
        "Emprunt à court terme\n\n\nVote : à l'unanimité",
        "Convention\nVote : à l'unanimité"},
       "Vote : à l'unanimité",
       {false, false, false}},
      {"the same words at another height on each page",
       {"Compte rendu du conseil", "\n\n\nCompte rendu du conseil",
        "\n\n\n\n\n\nCompte rendu du conseil"},
       "Compte rendu du conseil",
       {false, false, false}},
      {"two pages: no furniture",
       {"REPUBLIQUE FRANCAISE\nVote du budget", "REPUBLIQUE FRANCAISE\nEmprunt"},
       "REPUBLIQUE FRANCAISE",
       {false, false}},
  };
  for (const Case& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    std::vector<PageText> pages;
    for (size_t p = 0; p < c.pages.size(); ++p)
      pages.push_back(PageFromPlainText(static_cast<int>(p + 1), c.pages[p], 0.9f));
    DocText doc(std::move(pages));
    const std::vector<bool> flags = PageFurniture(doc);
    REQUIRE(flags.size() == doc.lines().size());
    const std::vector<bool> got = FlagsOf(doc, flags, c.line);
    std::string seen;
    for (bool b : got) seen += b ? '1' : '0';
    CAPTURE(seen);
    CHECK(got == c.want);
  }
}

}  // namespace delib
