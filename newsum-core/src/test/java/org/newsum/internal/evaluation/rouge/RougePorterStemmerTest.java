package org.newsum.internal.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RougePorterStemmerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // examples of Porter (1980), step by step
    "caresses, caress", "ponies, poni", "cats, cat", "hopping, hop", "filing, file", "happy, happi",
    "relational, relat", "conditional, condit", "generalization, gener", "electrical, electr", "hopeful, hope",
    "goodness, good", "adoption, adopt", "probate, probat", "rate, rate", "cease, ceas", "controll, control",
    // step 1b keeps a double l/s/z; *o needs a whole C v c word
    "yelling, yell", "running, run",
    // an initial y is a consonant
    "youth, youth",
    // ROUGE-1.5.5's departures: bli -> ble (possibli -> possible -> possibl), logi -> log
    "possibly, possibl", "archaeology, archaeolog",
    // ROUGE-1.5.5 step 4: ment, then ent, tried one after the other
    "adjustment, adjust", "dependent, depend", "replacement, replac",
    // shorter than 3: unchanged
    "is, is"
  })
  void stemsLikeRouge155(String word, String stem) {
    assertThat(RougePorterStemmer.stem(word)).isEqualTo(stem);
  }
}
