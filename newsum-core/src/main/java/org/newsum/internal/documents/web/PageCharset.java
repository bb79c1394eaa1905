package org.newsum.internal.documents.web;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsum.documents.InputException;
import org.newsum.internal.documents.TextDecoder;

/**
 * Decodes a web page: with the charset of the Content-Type header, else of the page's
 * {@code <meta charset>} (or {@code http-equiv} Content-Type) in its first kilobytes, else
 * UTF-8; undeclared bytes that are mostly not valid UTF-8 are read as windows-1252, as browsers
 * do (a few stray invalid bytes in UTF-8 are read alone as windows-1252, see {@link TextDecoder}).
 * Binary data (an image served as text/html) is refused, and a declared UTF-16/32 that the bytes
 * contradict is ignored.
 */
final class PageCharset {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private PageCharset() {}

  /**
   * @throws InputException naming the URL when the body is an image, archive or other binary data
   */
  static String decode(String url, byte[] body, String contentType, boolean html) {
    if (TextDecoder.hasBinarySignature(body)) {
      throw binary(url);
    }
    Optional<Charset> declared = plausible(fromContentType(contentType), body);
    if (declared.isEmpty() && html) {
      declared = plausible(TextDecoder.declaredInMeta(body), body);
    }
    if (declared.isPresent()) {
      return new String(body, declared.get());
    }
    if (TextDecoder.looksBinary(body)) {
      Charset utf16 = TextDecoder.utf16ByteOrder(body); // an undeclared UTF-16 page has NULs too
      if (utf16 == null) {
        throw binary(url);
      }
      String text = new String(body, utf16);
      return text.startsWith("\ufeff") ? text.substring(1) : text;
    }
    TextDecoder.Utf8 utf8 = TextDecoder.decodeUtf8(body, 0); // a stray invalid byte is read alone
    return utf8.mostlyUtf8() ? utf8.text() : new String(body, Charset.forName("windows-1252"));
  }

  private static InputException binary(String url) {
    return new InputException(url, "binary data, not text (is it an image or an archive?)");
  }

  /**
   * The declared charset unless the body gives it the lie: UTF-16 or UTF-32 text always has NUL
   * bytes (every ASCII character, space or line break has one), so a body without any is not in
   * them (an ASCII page declared {@code charset=utf-16} would otherwise read as CJK characters). A
   * plain "UTF-16" without byte-order mark gets the byte order its NUL bytes show.
   */
  private static Optional<Charset> plausible(Optional<Charset> declared, byte[] body) {
    if (declared.isEmpty() || !declared.get().name().startsWith("UTF-16") && !declared.get().name().startsWith("UTF-32")) {
      return declared;
    }
    boolean nul = false;
    for (int i = 0; i < body.length && !nul; i++) {
      nul = body[i] == 0;
    }
    if (!nul) {
      return Optional.empty();
    }
    boolean byteOrderMark = body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
        || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE);
    Charset byteOrder = TextDecoder.utf16ByteOrder(body);
    return declared.get().name().equals("UTF-16") && !byteOrderMark && byteOrder != null ? Optional.of(byteOrder) : declared;
  }

  static Optional<Charset> fromContentType(String contentType) {
    return contentType == null ? Optional.empty() : find(CHARSET.matcher(contentType));
  }

  private static Optional<Charset> find(Matcher m) {
    return m.find() ? TextDecoder.charsetNamed(m.group(1)) : Optional.empty();
  }
}
