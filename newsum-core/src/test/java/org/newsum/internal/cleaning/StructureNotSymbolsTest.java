package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * Issue 17.6: menus, breadcrumbs and copyright lines are recognised by their structure (short
 * items between separators, a copyright sign standing at the head of a short line), not by the
 * mere presence of {@code | » › • ©}, so quotation marks of other languages, bulleted key facts,
 * tables of figures and mis-decoded accents stay in the article. All texts are our own.
 */
class StructureNotSymbolsTest {
  private static final String FRENCH = """
      Accueil » Monde » Europe

      Le pont de la Vire rouvre après deux ans de travaux

      Le pont de la Vire a rouvert lundi matin après deux ans de travaux, a annoncé la préfecture. « Nous avons tenu les délais et le budget », a déclaré le maire devant une foule nombreuse.

      Les ingénieurs ont remplacé les câbles du pont et renforcé les piles dans la rivière. Selon la préfecture, « le pont peut désormais porter des camions de quarante tonnes ».

      Les commerçants du centre-ville attendaient la réouverture du pont depuis longtemps. « Nos clients ne venaient plus », explique une boulangère, qui a perdu un tiers de ses ventes pendant les travaux.

      La circulation reste limitée à trente kilomètres par heure sur le pont jusqu'à la fin du mois, le temps de vérifier les nouveaux joints.

      © 2024 Journal de la Vire. Tous droits réservés.
      """;
  private static final String GERMAN = """
      Startseite | Politik | Wirtschaft | Kultur | Sport

      Neue Brücke über die Vire nach zwei Jahren eröffnet

      Die Brücke über die Vire ist am Montag nach zwei Jahren Bauzeit wieder für den Verkehr freigegeben worden. »Wir haben Zeitplan und Budget eingehalten«, sagte der Bürgermeister bei der Eröffnung.

      Die Ingenieure ersetzten die Tragseile der Brücke und verstärkten die Pfeiler im Fluss. Nach Angaben der Behörde kann die Brücke »nun Lastwagen mit vierzig Tonnen tragen«.

      Die Händler in der Innenstadt hatten lange auf die Brücke gewartet. »Unsere Kunden kamen nicht mehr«, sagt eine Bäckerin, die während der Bauarbeiten ein Drittel ihres Umsatzes verlor.

      Bis zum Monatsende gilt auf der Brücke Tempo dreißig, damit die neuen Fugen geprüft werden können.

      Copyright © 2024 Vire-Zeitung
      """;
  private static final String RUSSIAN = """
      Главная › Новости › Регион

      Мост через Виру открыт после двух лет ремонта

      Мост через реку Виру открылся в понедельник после двух лет ремонта, сообщили в администрации. «Мы уложились в сроки и в бюджет», заявил мэр на церемонии открытия.

      Инженеры заменили тросы моста и укрепили опоры в реке. По словам администрации, «теперь мост выдерживает грузовики массой сорок тонн».

      Торговцы в центре города давно ждали открытия моста. «Покупатели перестали к нам приезжать», рассказала владелица пекарни, которая потеряла треть выручки за время ремонта.

      До конца месяца скорость на мосту ограничена тридцатью километрами в час, пока проверяют новые швы.

      © 2024 Вестник Виры
      """;
  /** Key facts as bullets and a table of figures, between paragraphs of an English article. */
  private static final String FACTS_AND_TABLE = """
      Home | News | Region | Weather

      Home › News › Region › Transport

      Vire bridge reopens after two years of repairs

      The bridge over the Vire reopened to traffic on Monday after two years of repairs, the regional council said.

      Key facts:
      • The bridge was closed for 26 months while its cables were replaced.
      • Repairs cost 41 million euros, 6 million more than planned.
      • Lorries of up to 40 tonnes may cross again from next week.

      Traffic counts show how much the closure moved traffic onto the old ferry route:

      Route | 2022 | 2024
      Vire bridge | 12% | 14%
      Old ferry | 31% | 9%

      Shopkeepers in the town centre said the closure had cost them a third of their trade, and the council promised a fund to help them.

      Engineers will keep a speed limit of 30 km/h on the bridge until the end of the month while the new joints are checked.

      © 2024 Vire Valley News. All rights reserved.
      """;

  private final FurnitureClassifier classifier = new FurnitureClassifier();

  private static LabeledBlock block(PageLayout layout, String start) {
    return layout.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no block " + start + " in " + layout.blocks()));
  }

  private static void assertKept(PageLayout layout, String... starts) {
    for (String start : starts) {
      LabeledBlock b = block(layout, start);
      assertThat(b.label()).as("%s [%s]", b.text(), b.reason()).isNotEqualTo(BlockLabel.FURNITURE);
    }
  }

  private static void assertDropped(PageLayout layout, String... starts) {
    for (String start : starts) {
      LabeledBlock b = block(layout, start);
      assertThat(b.label()).as("%s [%s]", b.text(), b.reason()).isEqualTo(BlockLabel.FURNITURE);
    }
  }

  /**
   * Each page alone, or in a cluster with a second copy of itself (as when two sites run the
   * same agency story).
   */
  private List<PageLayout> layouts(boolean alone) {
    List<Document> docs = List.of(Document.of("fr", FRENCH), Document.of("de", GERMAN), Document.of("ru", RUSSIAN));
    return docs.stream().map(d -> classifier.classify(Cluster.of(d.id(), alone ? List.of(d)
        : List.of(d, Document.of("copy", d.text())))).get(0)).toList();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void guillemetQuotationsAreProseAndGuillemetBreadcrumbsAreMenus(boolean alone) {
    List<PageLayout> pages = layouts(alone);
    PageLayout fr = pages.get(0);
    PageLayout de = pages.get(1);
    PageLayout ru = pages.get(2);
    assertKept(fr, "Le pont de la Vire a rouvert", "Les ingénieurs", "Les commerçants", "La circulation");
    assertKept(de, "Die Brücke über", "Die Ingenieure", "Die Händler", "Bis zum Monatsende");
    assertKept(ru, "Мост через реку", "Инженеры", "Торговцы", "До конца месяца");
    assertThat(block(fr, "Le pont de la Vire a rouvert").label()).isEqualTo(BlockLabel.BODY);
    assertThat(block(de, "Die Händler").label()).isEqualTo(BlockLabel.BODY);
    assertThat(block(ru, "Торговцы").label()).isEqualTo(BlockLabel.BODY);
    assertDropped(fr, "Accueil", "© 2024");
    assertDropped(de, "Startseite", "Copyright ©");
    assertDropped(ru, "Главная", "© 2024");
  }

  @Test
  void bulletedKeyFactsAndTablesOfFiguresAreKept() {
    PageLayout page = classifier.classify(Cluster.of("c", List.of(Document.of("facts", FACTS_AND_TABLE)))).get(0);
    assertKept(page, "• The bridge was closed", "• Repairs cost", "• Lorries", "Route | 2022", "Vire bridge | 12%",
        "Old ferry | 31%", "Shopkeepers", "Engineers");
    assertThat(block(page, "• Repairs cost").label()).isEqualTo(BlockLabel.BODY);
    assertThat(block(page, "Vire bridge | 12%").reason()).startsWith("table row");
    assertDropped(page, "Home | News", "Home › News", "© 2024");
  }

  @Test
  void aMisDecodedAccentIsNotACopyrightSign() {
    // "é" read as windows-1252 is "Ã©": the sign is half of a letter, not a copyright line.
    String mojibake = FRENCH.replace("é", "\u00c3\u00a9");
    PageLayout page = classifier.classify(Cluster.of("c", List.of(Document.of("fr", mojibake)))).get(0);
    assertKept(page, "Le pont de la Vire a rouvert", "Les ingÃ©nieurs", "Les commer", "La circulation");
    assertDropped(page, "© 2024");
  }

  @Test
  void itemListsAreJudgedByStructure() {
    assertThat(ItemList.of("Home | News | Sport").menu()).isTrue();
    assertThat(ItemList.of("Accueil » Monde » Europe").menu()).isTrue();
    assertThat(ItemList.of("Jul 7, 2017 | 21:47 GMT").menu()).isTrue();
    assertThat(ItemList.of("Bridge reopens after two years of repairs | World | Vire Valley News | 12.03.2024").menu())
        .isTrue();
    assertThat(ItemList.of("« Nous avons tenu les délais », a déclaré le maire.")).isEqualTo(ItemList.of("x"));
    assertThat(ItemList.of("»Wir haben es geschafft«, sagte sie, »endlich«.").items()).isEqualTo(1);
    assertThat(ItemList.of("Er nannte es ›gut‹ und ging.").items()).isEqualTo(1);
    assertThat(ItemList.of("• Repairs cost 41 million euros").items()).isEqualTo(1);
    assertThat(ItemList.of("Vire bridge | 12% | 14%")).satisfies(l -> {
      assertThat(l.figures()).isTrue();
      assertThat(l.menu()).isFalse();
    });
    assertThat(ItemList.of("Turnout rose from 12% | 14% in the town, officials said.").menu()).isFalse();
    // Hostile: a million unpaired guillemets and bars, read in one linear pass.
    assertThat(ItemList.of("» |".repeat(1_000_000)).items()).isEqualTo(1);
    assertThat(ItemList.of("a » b | ".repeat(100_000)).menu()).isTrue();
  }
}
