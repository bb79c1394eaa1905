package org.newsum.internal.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.newsum.documents.InputException;
import org.newsum.documents.StrictJson;

/**
 * What the JSON Lines readers (cluster files, article feeds) share, so that they open, decode and
 * report bad input alike: gzipped files are decompressed, invalid UTF-8 is reported per line
 * rather than stopping the file, and every problem is an {@link InputException} in the same words.
 */
public final class JsonLines {
  /**
   * What invalid UTF-8 bytes decode to: the noncharacter U+FFFF, never text (unlike U+FFFD, which
   * real data files contain), so a line holding it is known to have had invalid bytes.
   */
  private static final char NOT_UTF8 = '\uFFFF';

  private JsonLines() {}

  /**
   * Opens a file, decompressing a gzipped one: known by its magic number, not its name, so that a
   * gzipped file saved as {@code .jsonl} is read, not reported line by line as invalid UTF-8.
   */
  public static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      raw.mark(2);
      boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** The error for a file that cannot be opened or read. */
  public static InputException unreadable(Path file, IOException e) {
    return e instanceof NoSuchFileException ? new InputException(file.toString(), "no such file")
        : new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
  }

  /** Decodes UTF-8, marking invalid bytes for {@link #checkUtf8} instead of failing the whole input. */
  public static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).replaceWith(String.valueOf(NOT_UTF8)));
  }

  /**
   * Checks that a line read through {@link #utf8} had valid UTF-8.
   *
   * @throws InputException if it did not
   */
  public static void checkUtf8(String line, String where) {
    if (line.indexOf(NOT_UTF8) >= 0) {
      throw new InputException(where, "not valid UTF-8 (JSON Lines files must be UTF-8;"
          + " convert it, e.g. iconv -f <its encoding> -t UTF-8)");
    }
  }

  /**
   * Parses one line of JSON, strictly ({@link StrictJson}: one object per line, no key twice).
   *
   * @throws InputException if it is not valid JSON
   */
  public static JsonNode parse(String json, String where) {
    try {
      return StrictJson.read(json);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "malformed JSON: " + StrictJson.problem(e));
    }
  }
}
