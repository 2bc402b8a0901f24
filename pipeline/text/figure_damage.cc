#include "pipeline/text/figure_damage.h"

namespace delib {

bool DigitAdded(int figure, int count, Trust figure_trust) {
  return ReadByOcr(figure_trust) && count > 0 && figure > 2 * count;
}

bool DigitLost(int figure, int count, Trust figure_trust) {
  return ReadByOcr(figure_trust) && 2 * figure < count;
}

bool RunTogether(int figure, int most, Trust figure_trust) {
  return ReadByOcr(figure_trust) && figure > most;
}

}  // namespace delib
