package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsum.internal.text.IntList;
import org.newsum.internal.text.Lexicon;

class VocabularyTest {
  /**
   * Term ids go to stems in order of first use, each term with its stem and stop flag as the lexicon
   * gives them where first met, whether the word was new to the lexicon or known, for more terms than
   * the builder's first arrays hold (the stems are read from the lexicon when it is built).
   */
  @Test
  void termsAreTheStemsInOrderOfFirstUse() {
    Lexicon lexicon = Lexicon.forThisThread();
    Random random = new Random(5);
    List<String> words = new ArrayList<>(List.of("the", "and", "running", "runs", "ran", "voted", "votes"));
    for (int k = 0; k < 3000; k++) {
      words.add("w" + Integer.toString(random.nextInt(1 << 20), 36) + (random.nextBoolean() ? "ing" : "s"));
    }
    Vocabulary.Builder builder = new Vocabulary.Builder(lexicon);
    Map<String, Boolean> expected = new LinkedHashMap<>();
    IntList ids = new IntList();
    for (int k = 0; k < 6000; k++) {
      int word = lexicon.tokenize(words.get(random.nextInt(words.size())))[0];
      String stem = lexicon.stem(lexicon.stemOf(word));
      expected.putIfAbsent(stem, lexicon.isStopWord(word));
      ids.add(builder.idOf(word));
      assertThat(ids.get(k)).isEqualTo(new ArrayList<>(expected.keySet()).indexOf(stem));
    }
    Vocabulary vocabulary = builder.build();

    assertThat(vocabulary.size()).isEqualTo(expected.size()).isGreaterThan(1024);
    int id = 0;
    for (Map.Entry<String, Boolean> term : expected.entrySet()) {
      assertThat(vocabulary.stem(id)).isEqualTo(term.getKey());
      assertThat(vocabulary.isStopWord(id)).isEqualTo(term.getValue());
      assertThat(vocabulary.find(term.getKey())).isEqualTo(id++);
    }
  }
}
