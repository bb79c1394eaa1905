package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsum.model.Document;
import org.newsum.text.LanguageDetector;

class StandardLanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.standard();

  @Test
  void tellsTheLanguagesOfNewsSentences() {
    assertThat(detector.detect("Drei Menschen sind bei dem Sturm in Norddeutschland ums Leben gekommen. Die Feuerwehr war"
        + " die ganze Nacht im Einsatz, um umgestürzte Bäume von den Straßen zu räumen.")).isEqualTo("de");
    assertThat(detector.detect("Трое человек погибли во время шторма на севере Германии. Пожарные работали всю ночь,"
        + " убирая упавшие деревья с дорог.")).isEqualTo("ru");
    assertThat(detector.detect("Tres personas murieron durante la tormenta en el norte de Alemania. Los bomberos"
        + " trabajaron toda la noche para retirar los árboles caídos.")).isEqualTo("es");
    assertThat(detector.detect("لقي ثلاثة أشخاص حتفهم خلال العاصفة في شمال ألمانيا. وعمل رجال الإطفاء طوال الليل"
        + " لإزالة الأشجار المتساقطة من الطرق.")).isEqualTo("ar");
    assertThat(detector.detect("Trois personnes sont mortes pendant la tempête dans le nord de l'Allemagne. Les pompiers"
        + " ont travaillé toute la nuit.")).isEqualTo("fr");
  }

  @Test
  void scriptsThatTellTheLanguageAlone() {
    assertThat(detector.detect("德国北部的风暴造成三人死亡。消防员整夜工作，清理道路上倒下的树木。")).isEqualTo("zh");
    assertThat(detector.detect("東京で大きな地震があり、多くの人が避難しました。")).isEqualTo("ja");
    assertThat(detector.detect("서울에서 큰 지진이 발생해 많은 사람들이 대피했습니다.")).isEqualTo("ko");
  }

  @Test
  void englishByItsFunctionWords() {
    assertThat(detector.detect("Three people died in the storm that swept across northern Germany on Sunday, and the"
        + " firefighters who were called out worked through the night to clear the trees from the roads.")).isEqualTo("en");
  }

  /**
   * A document's title and text read where they are give the language of the joined string, on
   * random text whose title and sample ends fall anywhere: inside words, on apostrophes and
   * possessives, between the halves of a surrogate pair, on words that lower-case to other lengths.
   */
  @Test
  void titleAndTextReadWhereTheyAreAreTheJoinedString() {
    String[] pieces = {"the ", "of ", "and ", "said ", "storm ", "Germany's ", "it's", "they'", " ", "\n", ". ", ", ",
        "la ", "tempête ", "nord ", "des ", "l'Allemagne ", "\u2019s ", "İstanbul ", "ΣΟΦΟΣ ", "德国", "东京で", "서울 ",
        "\uD83D\uDE00", "\uD835\uDC00", "12:30 ", "-- ", "\uD800", "Straße ", "ǅemal "};
    StandardLanguageDetector standard = StandardLanguageDetector.INSTANCE;
    Random random = new Random(13);
    int english = 0;
    int other = 0;
    for (int n = 0; n < 600; n++) {
      String title = random.nextInt(4) == 0 ? "" : text(random, pieces, random.nextInt(4) == 0 ? 520 : 60);
      String text = text(random, pieces, random.nextInt(1200));
      String expected = detector.detect(title.isEmpty() ? text : title + "\n" + text);
      assertThat(standard.detect(title, text)).as("title %s text %s", title, text).isEqualTo(expected);
      english += expected.equals("en") ? 1 : 0;
      other += expected.equals("en") || expected.equals(LanguageDetector.UNKNOWN) ? 0 : 1;
    }
    assertThat(english).isPositive();
    assertThat(other).isPositive();
  }

  /** Random pieces up to about {@code length} characters, in one of a few mixes so that every path is taken. */
  private static String text(Random random, String[] pieces, int length) {
    int from = random.nextInt(3) * 10;
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      out.append(pieces[from + random.nextInt(pieces.length - from)]);
    }
    return out.toString();
  }

  @Test
  void tooLittleTextIsUnknown() {
    assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNKNOWN);
    assertThat(detector.detect("12:30 -- OK")).isEqualTo(LanguageDetector.UNKNOWN);
  }

  @Test
  void theClusterLanguageIsTheMajorityTiesGoingToMoreText() {
    Document de1 = Document.of("a", "x").withLanguage("de");
    Document de2 = Document.of("b", "x").withLanguage("DE");
    Document en = Document.of("c", "a longer text").withLanguage("en");
    Document unknown = Document.of("d", "long long long long text").withLanguage(LanguageDetector.UNKNOWN);
    assertThat(ClusterLanguages.majority(List.of(en, de1, de2, unknown))).isEqualTo("de");
    assertThat(ClusterLanguages.majority(List.of(de1, en))).isEqualTo("en");
    assertThat(ClusterLanguages.majority(List.of(unknown))).isEqualTo(LanguageDetector.UNKNOWN);
  }
}
