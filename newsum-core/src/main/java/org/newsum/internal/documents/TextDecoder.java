package org.newsum.internal.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsum.documents.InputException;

/**
 * Turns raw bytes into text, decoding the encodings that can be recognised reliably and
 * refusing what is not text.
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark: decoded.
 *   <li>UTF-16 with a byte-order mark, or without one when the NUL bytes of its ASCII characters
 *       show the byte order: decoded.
 *   <li>Invalid UTF-8 that reads as mostly-ASCII Windows-1252 (Latin-1 plus curly quotes and
 *       dashes: old Western news archives): decoded as Windows-1252, with a warning logged to
 *       {@code org.newsum.internal.documents.TextDecoder}.
 *   <li>Empty input, white space only, binary data (NUL bytes or many control characters: images,
 *       archives) and other undecodable bytes: an {@link InputException} naming the input.
 * </ul>
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** What Windows-1252 decodes its undefined bytes to: their presence rules it out. */
  private static final String UNDEFINED_1252 = "\ufffd\u0081\u008d\u008f\u0090\u009d";
  private static final int SAMPLE = 8192;

  private TextDecoder() {}

  /** Made on the first warning: setting up the logging framework costs every start-up ~50 ms. */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(TextDecoder.class.getName());
  }

  /**
   * @param input a name for the input, used in error messages and warnings
   * @throws InputException naming the input and the problem
   */
  public static String decode(String input, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException(input, "empty input");
    }
    Charset utf16 = utf16ByteOrder(bytes);
    if (utf16 != null) {
      return requireText(input, decodeStrictly(input, bytes, utf16, "UTF-16"));
    }
    int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    if (looksBinary(bytes)) {
      throw new InputException(input, "binary data, not text (is it an image or an archive?)");
    }
    try {
      return requireText(input, strictDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
    } catch (CharacterCodingException e) {
      String western = new String(bytes, WINDOWS_1252);
      if (!isMostlyAsciiWestern(western)) {
        throw new InputException(input, "not valid UTF-8, and not recognisably Latin-1/Windows-1252 either;"
            + " convert it to UTF-8, e.g. iconv -f <its encoding> -t UTF-8");
      }
      Log.LOG.log(System.Logger.Level.WARNING, input + ": not valid UTF-8; read as Windows-1252 (Latin-1)");
      return requireText(input, western);
    }
  }

  private static String decodeStrictly(String input, byte[] bytes, Charset charset, String name) {
    try {
      String text = strictDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\ufeff")) {
        text = text.substring(1);
      }
      if (hasManyNonTextCharacters(text)) {
        throw new InputException(input, "binary data, not text (is it an image or an archive?)");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new InputException(input, "not valid " + name + " (it starts like " + name + " but has malformed characters)");
    }
  }

  private static java.nio.charset.CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String requireText(String input, String text) {
    if (text.isBlank()) {
      throw new InputException(input, "no text: the input is only white space");
    }
    return text;
  }

  /**
   * The UTF-16 byte order when the bytes are UTF-16: from a byte-order mark, or, without one,
   * from ASCII characters (every space, digit and Latin letter has a NUL high byte, so NULs
   * cluster on one side of each byte pair); {@code null} otherwise.
   */
  static Charset utf16ByteOrder(byte[] bytes) {
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    int pairs = Math.min(bytes.length, SAMPLE) / 2;
    if (pairs < 2 || bytes.length % 2 != 0) {
      return null;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int p = 0; p < pairs; p++) {
      evenNuls += bytes[2 * p] == 0 ? 1 : 0;
      oddNuls += bytes[2 * p + 1] == 0 ? 1 : 0;
    }
    int clear = Math.max(1, pairs / 10);
    if (evenNuls >= clear && oddNuls == 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddNuls >= clear && evenNuls == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** NUL bytes, or more than 10% control characters other than tab, CR, LF and form feed. */
  static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (isControl(b)) {
        control++;
      }
    }
    return control > sample / 10;
  }

  /**
   * More than 2% control, unassigned or private-use characters: binary data that merely has the
   * NUL pattern of UTF-16 (e.g. 16-bit samples).
   */
  private static boolean hasManyNonTextCharacters(String text) {
    int sample = Math.min(text.length(), SAMPLE);
    int odd = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean control = type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f';
      if (control || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || c >= '\ufff0') {
        odd++;
      }
    }
    return odd > sample / 50;
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }

  /**
   * Windows-1252 is a plausible reading when no undefined byte occurs and most letters are
   * ASCII (accented letters sprinkled in Western text); Cyrillic or Greek in a single-byte code
   * page, almost all high bytes, fails this.
   */
  static boolean isMostlyAsciiWestern(String decoded) {
    int letters = 0;
    int ascii = 0;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (UNDEFINED_1252.indexOf(c) >= 0) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        ascii += c < 0x80 ? 1 : 0;
      }
    }
    return letters > 0 && ascii >= 0.5 * letters;
  }
}
