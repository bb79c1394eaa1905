package org.newsum.internal.documents;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsum.documents.InputException;

/**
 * Turns raw bytes into text, decoding the encodings that can be recognised reliably and
 * refusing what is not text.
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark: decoded.
 *   <li>UTF-16 with a byte-order mark, or without one when the NUL bytes of its ASCII characters
 *       show the byte order: decoded.
 *   <li>UTF-8 with a few invalid bytes (more valid multi-byte characters than invalid bytes: a
 *       stray Windows-1252 apostrophe pasted into UTF-8 text): decoded as UTF-8, each invalid byte
 *       read as Windows-1252, with a warning.
 *   <li>Invalid UTF-8 of an HTML page that declares another charset in a {@code <meta charset>}
 *       (KOI8-R, Shift_JIS, ...): decoded in it, without a warning (Latin-1 and ASCII as
 *       Windows-1252, as browsers do).
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
  /** Windows-1252 characters of the bytes 0x80 to 0xFF. */
  private static final char[] WINDOWS_1252_HIGH = windows1252High();
  /**
   * How image, archive, document and executable files start (PNG, GIF, JPEG, WebP/RIFF, PDF, ZIP,
   * gzip, xz, zstd, 7-Zip, ELF, Java class): refused as binary even without a NUL byte early on.
   */
  private static final byte[][] BINARY_SIGNATURES = {
    {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'R', 'I', 'F', 'F'},
    {'%', 'P', 'D', 'F', '-'}, {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {(byte) 0xFD, '7', 'z', 'X', 'Z'},
    {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {0x7F, 'E', 'L', 'F'},
    {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
  };

  /** An HTML page's {@code <meta charset>} or {@code http-equiv} Content-Type, in its first bytes. */
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;
  /** Declared charsets that bytes not valid UTF-8 (and not UTF-16, seen before) belie: ignored. */
  private static final Set<String> BELIED_CHARSETS =
      Set.of("UTF-8", "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32", "UTF-32BE", "UTF-32LE");
  /** Declared charsets read as Windows-1252, as browsers do. */
  private static final Set<String> WESTERN_CHARSETS = Set.of("US-ASCII", "ISO-8859-1", "windows-1252");

  private TextDecoder() {}

  /**
   * The charset an HTML page declares in a {@code <meta charset>} (or {@code http-equiv}
   * Content-Type) in its first 4 KB, when Java knows it.
   */
  public static Optional<Charset> declaredInMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charsetNamed(m.group(1)) : Optional.empty();
  }

  /** The charset of a declared name, or empty when Java does not know it (read as if none were declared). */
  public static Optional<Charset> charsetNamed(String name) {
    try {
      return Optional.of(Charset.forName(name.toLowerCase(Locale.ROOT)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

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
    if (hasBinarySignature(bytes)) {
      throw new InputException(input, "binary data, not text (is it an image or an archive?)");
    }
    Charset utf16 = utf16ByteOrder(bytes);
    if (utf16 != null) {
      return requireText(input, decodeStrictly(input, bytes, utf16, "UTF-16"));
    }
    int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    if (looksBinary(bytes)) {
      throw new InputException(input, "binary data, not text (is it an image or an archive?)");
    }
    Utf8 utf8 = decodeUtf8(bytes, offset);
    if (utf8.invalidBytes() == 0) {
      return requireText(input, utf8.text());
    }
    if (utf8.mostlyUtf8()) {
      Log.LOG.log(System.Logger.Level.WARNING, input + ": " + utf8.invalidBytes() + " byte" + (utf8.invalidBytes() == 1 ? " is" : "s are")
          + " not valid UTF-8 in otherwise UTF-8 text; read as Windows-1252");
      return requireText(input, utf8.text());
    }
    Charset declared = declaredInMeta(bytes).filter(c -> !BELIED_CHARSETS.contains(c.name())).orElse(null);
    if (declared != null) {
      return requireText(input, new String(bytes, WESTERN_CHARSETS.contains(declared.name()) ? WINDOWS_1252 : declared));
    }
    String western = new String(bytes, WINDOWS_1252);
    if (!isMostlyAsciiWestern(western)) {
      throw new InputException(input, "not valid UTF-8, and not recognisably Latin-1/Windows-1252 either;"
          + " convert it to UTF-8, e.g. iconv -f <its encoding> -t UTF-8");
    }
    Log.LOG.log(System.Logger.Level.WARNING, input + ": not valid UTF-8; read as Windows-1252 (Latin-1)");
    return requireText(input, western);
  }

  /**
   * UTF-8 text in which each invalid byte is read as Windows-1252 (a stray curly apostrophe 0x92
   * pasted into UTF-8 text becomes the apostrophe again; a byte Windows-1252 leaves undefined
   * becomes U+FFFD), with the counts that tell such repaired UTF-8 from a single-byte file.
   *
   * @param validNonAscii characters decoded from valid multi-byte sequences (UTF-16 units)
   * @param invalidBytes bytes that were not valid UTF-8
   */
  public record Utf8(String text, int validNonAscii, int invalidBytes) {
    /**
     * UTF-8 with at most a few stray bytes: more valid multi-byte characters than invalid bytes
     * (a single-byte Latin-1 file has almost no byte pair that happens to be valid UTF-8).
     */
    public boolean mostlyUtf8() {
      return invalidBytes == 0 || validNonAscii > invalidBytes;
    }
  }

  /** Decodes {@code bytes} from {@code offset} as UTF-8, reading each invalid byte as Windows-1252. */
  public static Utf8 decodeUtf8(byte[] bytes, int offset) {
    if (isAscii(bytes, offset)) {
      // The common case, copied once: the general path's char buffer would hold twice the text's size besides.
      return new Utf8(new String(bytes, offset, bytes.length - offset, StandardCharsets.US_ASCII), 0, 0);
    }
    CharsetDecoder decoder = strictDecoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset); // never more chars than bytes
    int invalid = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      for (int k = 0; k < result.length(); k++) {
        out.put(windows1252(in.get()));
        invalid++;
      }
    }
    out.flip();
    int nonAscii = 0;
    for (int i = 0; i < out.length(); i++) {
      nonAscii += out.charAt(i) >= 0x80 ? 1 : 0;
    }
    return new Utf8(out.toString(), nonAscii - invalid, invalid);
  }

  private static boolean isAscii(byte[] bytes, int offset) {
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The Windows-1252 character of a byte; U+FFFD for the five bytes it leaves undefined. */
  private static char windows1252(byte b) {
    return b >= 0 ? (char) b : WINDOWS_1252_HIGH[b + 128];
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

  private static CharsetDecoder strictDecoder(Charset charset) {
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
  public static Charset utf16ByteOrder(byte[] bytes) {
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

  private static char[] windows1252High() {
    byte[] high = new byte[128];
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (0x80 + i);
    }
    return new String(high, WINDOWS_1252).toCharArray();
  }

  /**
   * The signature of a binary file format at the start, NUL bytes, or more than 10% control
   * characters other than tab, CR, LF and form feed.
   */
  public static boolean looksBinary(byte[] bytes) {
    if (hasBinarySignature(bytes)) {
      return true;
    }
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

  /** Whether {@code bytes} start like an image, archive, document or executable ({@link #BINARY_SIGNATURES}). */
  public static boolean hasBinarySignature(byte[] bytes) {
    for (byte[] signature : BINARY_SIGNATURES) {
      if (bytes.length >= signature.length && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length)) {
        return true;
      }
    }
    return false;
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
