package org.newsum.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.newsum.HostileInputs;
import org.newsum.documents.InputException;

/** The decoding rows of docs/ROBUSTNESS.md. */
class TextDecoderTest {
  private static final String TEXT = "Müller said the café’s “crème brûlée” costs €5 – a bargain.\nSecond line.\n";

  @Test
  void aPageThatIsNotUtf8IsReadInTheCharsetItsMetaDeclares() {
    String russian = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
        + "<body><p>В Москве открылся новый музей современного искусства.</p></body></html>";
    assertThat(TextDecoder.decode("ru.html", russian.getBytes(Charset.forName("KOI8-R")))).isEqualTo(russian);
    String japanese = "<meta charset=\"Shift_JIS\"><p>東京で新しい美術館が開館した。</p>";
    assertThat(TextDecoder.decode("ja.html", japanese.getBytes(Charset.forName("Shift_JIS")))).isEqualTo(japanese);
    // Valid UTF-8 stays UTF-8 whatever is declared; a declared Latin-1 is read as Windows-1252, as browsers do.
    assertThat(TextDecoder.decode("u.html", russian.getBytes(StandardCharsets.UTF_8))).isEqualTo(russian);
    String quoted = "<meta charset=\"iso-8859-1\"><p>The \u201ccaf\u00e9\u201d reopened on Monday in M\u00fcnchen.</p>";
    List<String> warnings = captureWarnings(() ->
        assertThat(TextDecoder.decode("l.html", quoted.getBytes(Charset.forName("windows-1252")))).isEqualTo(quoted));
    assertThat(warnings).as("the page said its charset: nothing to warn about").isEmpty();
  }

  @Test
  void emptyInputIsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode("a.txt", new byte[0])).isInstanceOf(InputException.class)
        .hasMessage("a.txt: empty input");
  }

  @Test
  void whiteSpaceOnlyIsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode("a.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessage("a.txt: no text: the input is only white space");
  }

  @Test
  void imagesAndArchivesAreRefusedAsBinary() {
    assertThatThrownBy(() -> TextDecoder.decode("x.png", HostileInputs.png())).isInstanceOf(InputException.class)
        .hasMessageStartingWith("x.png: binary data");
    assertThatThrownBy(() -> TextDecoder.decode("x.gz", HostileInputs.gzip())).isInstanceOf(InputException.class)
        .hasMessageStartingWith("x.gz: binary data");
  }

  @Test
  void utf8WithAndWithoutByteOrderMarkIsDecoded() {
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(TextDecoder.decode("a", utf8)).isEqualTo(TEXT);
    assertThat(TextDecoder.decode("a", withBom)).isEqualTo(TEXT);
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    assertThat(TextDecoder.decode("a", TEXT.getBytes(StandardCharsets.UTF_16))).isEqualTo(TEXT); // big-endian + BOM
    byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
    byte[] leBom = new byte[le.length + 2];
    leBom[0] = (byte) 0xFF;
    leBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, leBom, 2, le.length);
    assertThat(TextDecoder.decode("a", leBom)).isEqualTo(TEXT);
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByItsNulBytes() {
    assertThat(TextDecoder.decode("a", TEXT.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(TEXT);
    assertThat(TextDecoder.decode("a", TEXT.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(TEXT);
    assertThat(TextDecoder.decode("a", HostileInputs.RUSSIAN.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(HostileInputs.RUSSIAN);
  }

  @Test
  void latin1AndWindows1252AreDecodedWithAWarning() {
    List<String> warnings = captureWarnings(() -> {
      assertThat(TextDecoder.decode("old.txt", "Müller aß Crème brûlée für 5 DM.".getBytes(StandardCharsets.ISO_8859_1)))
          .isEqualTo("Müller aß Crème brûlée für 5 DM.");
      assertThat(TextDecoder.decode("old.txt", TEXT.getBytes(Charset.forName("windows-1252")))).isEqualTo(TEXT);
    });
    assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).contains("old.txt").contains("Windows-1252"));
  }

  @Test
  void aStrayWindows1252ByteInUtf8TextIsReadAloneNotTheWholeFileAsWindows1252() {
    String paragraph = "Le ministère a présenté un budget réduit pour l'année prochaine, a déclaré le député.\n\n";
    byte[] before = paragraph.repeat(2).getBytes(StandardCharsets.UTF_8);
    byte[] after = ("Selon l" + "\u00e9conomiste, c" + "'est " + "une d\u00e9cision \u00e9tonnante.\n\n" + paragraph.repeat(2))
        .getBytes(StandardCharsets.UTF_8);
    byte[] mixed = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, mixed, 0, before.length);
    mixed[before.length] = (byte) 0x92; // a Windows-1252 right single quote pasted into UTF-8 text
    System.arraycopy(after, 0, mixed, before.length + 1, after.length);
    List<String> warnings = captureWarnings(() -> assertThat(TextDecoder.decode("fr.txt", mixed))
        .isEqualTo(paragraph.repeat(2) + "\u2019" + new String(after, StandardCharsets.UTF_8)));
    assertThat(warnings).containsExactly("fr.txt: 1 byte is not valid UTF-8 in otherwise UTF-8 text; read as Windows-1252");
  }

  @Test
  void documentAndImageSignaturesAreBinaryWithoutNulBytes() {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".repeat(20).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> TextDecoder.decode("report.txt", pdf)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("report.txt: binary data");
    byte[] gifHeader = "GIF89a plus some bytes that happen to be printable".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.looksBinary(gifHeader)).isTrue();
  }

  @Test
  void invalidUtf8ThatIsNotWesternTextIsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode("ru.txt", HostileInputs.invalidUtf8()))
        .isInstanceOf(InputException.class).hasMessageContaining("ru.txt: not valid UTF-8").hasMessageContaining("iconv");
    byte[] undefinedIn1252 = {'a', 'b', (byte) 0x81, 'c', ' ', 'd', 'e'};
    assertThatThrownBy(() -> TextDecoder.decode("x", undefinedIn1252)).isInstanceOf(InputException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void sixteenBitBinaryDataWithTheNulPatternOfUtf16IsRefused() {
    byte[] samples = new byte[4096];
    for (int i = 0; i < samples.length; i += 2) {
      samples[i] = (byte) (1 + i * 37 % 255); // never NUL: the NULs are all on one side
      samples[i + 1] = (byte) (i % 10 == 0 ? 0 : 0xFF); // small negative and zero 16-bit samples
    }
    assertThatThrownBy(() -> TextDecoder.decode("sound.raw", samples)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("sound.raw: binary data");
  }

  @Test
  void truncatedUtf16IsRefusedNotGarbled() {
    byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
    byte[] odd = java.util.Arrays.copyOf(le, le.length - 1);
    assertThatThrownBy(() -> TextDecoder.decode("x", odd)).isInstanceOf(InputException.class);
  }

  private static List<String> captureWarnings(Runnable action) {
    Logger logger = Logger.getLogger(TextDecoder.class.getName());
    List<String> messages = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        messages.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Level level = logger.getLevel();
    logger.setLevel(java.util.logging.Level.ALL); // another test may have silenced it
    logger.addHandler(handler);
    try {
      action.run();
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }
    return messages;
  }
}
