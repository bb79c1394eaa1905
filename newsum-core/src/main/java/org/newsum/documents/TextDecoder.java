package org.newsum.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text, refusing what is not text: empty input, binary data (NUL bytes or
 * many control characters) and bytes that are not valid UTF-8. A UTF-8 byte-order mark is
 * skipped; UTF-16 with a byte-order mark is decoded.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * @param input a name for the input, used in error messages
   * @throws InputException naming the input and the problem
   */
  public static String decode(String input, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException(input, "empty input");
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      return requireText(input, new String(bytes, StandardCharsets.UTF_16));
    }
    int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    if (looksBinary(bytes)) {
      throw new InputException(input, "binary data, not text (is it an image or an archive?)");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return requireText(input, decoder.decode(buffer).toString());
    } catch (MalformedInputException e) {
      throw new InputException(input, "not valid UTF-8 (bad byte at offset " + buffer.position()
          + "); convert it to UTF-8, e.g. iconv -f LATIN1 -t UTF-8");
    } catch (CharacterCodingException e) {
      throw new InputException(input, "not valid UTF-8: " + e.getMessage());
    }
  }

  private static String requireText(String input, String text) {
    if (text.isBlank()) {
      throw new InputException(input, "no text: the input is only white space");
    }
    return text;
  }

  /** NUL bytes, or more than 10% control characters other than tab, CR, LF and form feed. */
  static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control > sample / 10;
  }
}
