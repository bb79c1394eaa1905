package org.newsum.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;

class RougeSentencesTest {
  @Test
  void splitsAtNewlinesWhenThereAreAny() {
    assertThat(RougeSentences.split("First one. Second one.\n\nThird", SplitMode.AUTO))
        .containsExactly("First one. Second one.", "Third");
  }

  @Test
  void regexSplitterSkipsAbbreviationsInitialsAndDatelines() {
    assertThat(RougeSentences.split("Mr. Smith met J. Doe in Washington. \"It went well,\" he said! "
        + "PINE RIDGE, S.D. (AP) -- More later.  2 more.", SplitMode.AUTO))
        .containsExactly("Mr. Smith met J. Doe in Washington.", "\"It went well,\" he said!",
            "PINE RIDGE, S.D. (AP) -- More later.", "2 more.");
  }

  @Test
  void listsKeepTheirSentencesButDropEmptyOnes() {
    assertThat(RougeSentences.ofList(List.of("a. b.", "", " c "))).containsExactly("a. b.", " c ");
  }

  @Test
  void noneKeepsTheWholeTextStripped() {
    assertThat(RougeSentences.split("  A. B.  ", SplitMode.NONE)).containsExactly("A. B.");
  }

  @Test
  void longRunsOfDotsAndInitialsSplitInLinearTime() {
    // 80,000 dots took over 100 s with the backtracking expression; 20,000 initials copied the
    // text before each one to find its last word.
    String dots = "Start" + ".".repeat(80_000) + " End" + ".".repeat(80_000) + "x";
    String initials = "A. ".repeat(20_000) + "B.";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(RougeSentences.split(dots, SplitMode.REGEX))
          .containsExactly("Start" + ".".repeat(80_000), "End" + ".".repeat(80_000) + "x");
      assertThat(RougeSentences.split(initials, SplitMode.REGEX)).containsExactly(initials);
    });
  }

  @Test
  void scannerSplitsLikeRougePysRegularExpressionOnRandomText() {
    Random random = new Random(17);
    String alphabet = ".!?\"')]`[\u201c\u201d\u2018\u2019 \u00a0\tAZa1Mr.stJ";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(RougeSentences.split(s, SplitMode.REGEX)).as("%s", s).isEqualTo(RegexOracle.split(s));
    }
  }

  /** The former implementation, rouge.py's expression run by java.util.regex: correct but quadratic. */
  private static final class RegexOracle {
    private static final Pattern BOUNDARY = Pattern.compile(
        "([.!?]+[\"'\u201d\u2019)\\]]*)[\\s\\x1c-\\x1f]+(?=[\"'`\u201c\u2018\\[]*[A-Z0-9])",
        Pattern.UNICODE_CHARACTER_CLASS);
    private static final String SPACE = "(?U)[\\s\\x1c-\\x1f]+";

    static List<String> split(String text) {
      List<String> sentences = new ArrayList<>();
      int start = 0;
      Matcher m = BOUNDARY.matcher(text);
      while (m.find()) {
        String[] words = strip(text.substring(start, m.start(1) + 1)).split(SPACE);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("\\.+$", "")
            .replaceAll("^[\"'(\u201c\u2018\\[]+", "");
        if (m.group(1).equals(".") && (RougeSentences.ABBREVIATIONS.contains(last)
            || (last.length() == 1 && Character.isLetter(last.charAt(0))))) {
          continue;
        }
        sentences.add(text.substring(start, m.end(1)));
        start = m.end();
      }
      sentences.add(text.substring(start));
      return sentences.stream().map(RegexOracle::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String strip(String s) {
      return s.replaceAll("^" + SPACE + "|" + SPACE + "$", "");
    }
  }
}
