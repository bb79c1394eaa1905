package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.internal.documents.TextDecoder;
import org.newsum.model.Document;

/**
 * Fuzz target: any bytes, read as a text or HTML document ({@link TextDecoder} and the HTML
 * path), give a document with text or an {@link InputException}, nothing else. The first byte
 * chooses text or HTML. Run longer with {@code bin/fuzz DocumentReaderFuzzTest 600}.
 */
class DocumentReaderFuzzTest {
  private static final DocumentReader READER = new DocumentReader(ArticleExtractor.standard(), 1 << 20);
  /** Silenced: the Latin-1 warning would be logged for a good share of the inputs. */
  private static final Logger DECODER_LOG = Logger.getLogger(TextDecoder.class.getName());

  static {
    DECODER_LOG.setLevel(Level.OFF);
  }

  @FuzzTest(maxDuration = "5s")
  void readsAnyBytes(byte[] input) {
    fuzzerTestOneInput(input);
  }

  /** The target, also run by Jazzer's command-line driver. */
  public static void fuzzerTestOneInput(byte[] input) {
    if (input.length == 0) {
      return;
    }
    boolean html = (input[0] & 1) == 1;
    byte[] page = Arrays.copyOfRange(input, 1, input.length);
    try {
      Document doc = READER.fromBytes("fuzz", "fuzz", page, html);
      assertThat(doc.text()).isNotBlank();
    } catch (InputException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz: ");
    }
  }
}
