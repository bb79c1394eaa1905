package org.newsum;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/**
 * The input classes of docs/ROBUSTNESS.md, generated (no third-party text): shared by the
 * robustness tests of the library and of the front ends.
 */
public final class HostileInputs {
  private HostileInputs() {}

  /** A short English news article of a few punctuated sentences. */
  public static final String ARTICLE = """
      City officials approved a new budget for public transport on Monday evening.
      The plan adds twelve bus lines and extends night service across the northern districts.
      Critics said the fare increase of ten percent would hurt commuters with low incomes.
      The mayor promised a review of the fares after the first year of operation.
      """;

  /** The same story told by a second outlet, sharing some facts. */
  public static final String ARTICLE_2 = """
      The city council voted on Monday to expand bus service with twelve new lines.
      Night buses will reach the northern districts for the first time next spring.
      Fares will rise by ten percent, a decision that opposition members strongly criticised.
      """;

  public static final String GERMAN = """
      Der Stadtrat hat am Montag einen neuen Haushalt für den öffentlichen Nahverkehr beschlossen.
      Der Plan sieht zwölf neue Buslinien und einen erweiterten Nachtverkehr im Norden der Stadt vor.
      Kritiker bemängelten, dass die Fahrpreiserhöhung um zehn Prozent Pendler mit geringem Einkommen belaste.
      """;

  public static final String RUSSIAN = """
      Городской совет в понедельник утвердил новый бюджет общественного транспорта.
      План предусматривает двенадцать новых автобусных маршрутов и ночное сообщение в северных районах.
      Критики заявили, что повышение тарифов на десять процентов ударит по пассажирам с низкими доходами.
      """;

  public static final String CHINESE = "市议会周一批准了新的公共交通预算。该计划增加十二条公交线路，并将夜间服务扩展到北部地区。"
      + "批评者表示，票价上涨百分之十将伤害低收入通勤者。市长承诺在运营第一年后审查票价。";

  /** News text with every punctuation mark removed, one sentence per line. */
  public static final String UNPUNCTUATED = ARTICLE.replaceAll("[.,;:!?]", "");

  /** A single line of {@code chars} characters: varied made-up words and spaces, no punctuation at all. */
  public static String unpunctuatedLine(int chars) {
    java.util.Random random = new java.util.Random(chars);
    StringBuilder s = new StringBuilder(chars + 16);
    while (s.length() < chars) {
      int length = 2 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        s.append((char) ('a' + random.nextInt(26)));
      }
      s.append(' ');
    }
    s.setLength(chars);
    return s.toString();
  }

  /** A page of menus, ads, a cookie banner and a footer: no article. */
  public static final String BOILERPLATE_HTML = """
      <!DOCTYPE html><html><head><title>Daily Planet</title></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <div class="ad-slot"><p>Advertisement</p><p>Buy the new phone today and save twenty percent on every plan.</p></div>
      <div id="cookie-banner"><p>We use cookies to improve your experience on our site. By continuing you accept them.</p>
      <button>Accept all</button></div>
      <ul class="main-menu"><li>Weather</li><li>Markets</li><li>Opinion</li></ul>
      <footer><p>Copyright 2017 Daily Planet. All rights reserved.</p></footer>
      </body></html>
      """;

  /** An article page with scripts, styles, comments, entities and broken (unclosed, stray) tags. */
  public static final String MESSY_HTML = """
      <!DOCTYPE html><html><head><title>Budget &amp; buses</title>
      <style>p { color: red; } .secret { content: "STYLE TEXT"; }</style>
      <script>var secret = "SCRIPT TEXT"; if (a < b && c > d) { document.write("<p>SCRIPT PARAGRAPH</p>"); }</script>
      </head><body><!-- COMMENT TEXT <p>commented paragraph</p> -->
      <h1>City expands bus service</h1>
      <p>City officials approved a new budget for public transport on Monday evening &mdash; the largest in a decade.
      <p>The plan adds twelve bus lines and extends night service across the northern districts &amp; suburbs.</b></i>
      <div><p>Critics said the fare increase of ten percent would hurt commuters with &quot;low incomes&quot;.</div>
      <p>The mayor promised a review of the fares after the first year of operation.</span></p></p>
      <script>console.log("SCRIPT TEXT 2")</script>
      </body>
      """;

  /** A 1x1 PNG image. */
  public static byte[] png() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gzip-compressed {@link #ARTICLE}. */
  public static byte[] gzip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Text with bytes that are neither UTF-8 nor a Western single-byte encoding (Russian in KOI8-R). */
  public static byte[] invalidUtf8() {
    return RUSSIAN.getBytes(java.nio.charset.Charset.forName("KOI8-R"));
  }

  /** {@code size} bytes of article text, produced lazily (nothing that large is held in memory). */
  public static InputStream hugeStream(long size) {
    byte[] unit = ARTICLE.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < size ? unit[(int) (position++ % unit.length)] : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - position);
        for (int i = 0; i < n; i++) {
          b[off + i] = unit[(int) (position++ % unit.length)];
        }
        return n;
      }
    };
  }

  /** A tiny document: one short news sentence, numbered so no two are identical. */
  public static String tinyDocument(int i) {
    String[] subjects = {"The council", "Local police", "The hospital", "A school board", "The water utility"};
    String[] verbs = {"announced", "reported", "postponed", "approved", "rejected"};
    String[] objects = {"a new plan", "the annual report", "a spending review", "the building permit", "a safety audit"};
    return subjects[i % 5] + " " + verbs[i / 5 % 5] + " " + objects[i / 25 % 5] + " on day " + i + " of the month.";
  }
}
