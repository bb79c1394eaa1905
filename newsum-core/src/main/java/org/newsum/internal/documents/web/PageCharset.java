package org.newsum.internal.documents.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page: with the charset of the Content-Type header, else of the page's
 * {@code <meta charset>} (or {@code http-equiv} Content-Type) in its first kilobytes, else
 * UTF-8; undeclared bytes that are not valid UTF-8 are read as windows-1252, as browsers do.
 */
final class PageCharset {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;

  private PageCharset() {}

  static String decode(byte[] body, String contentType, boolean html) {
    Optional<Charset> declared = fromContentType(contentType);
    if (declared.isEmpty() && html) {
      declared = fromMeta(body);
    }
    if (declared.isPresent()) {
      return new String(body, declared.get());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return new String(body, Charset.forName("windows-1252"));
    }
  }

  static Optional<Charset> fromContentType(String contentType) {
    return contentType == null ? Optional.empty() : find(CHARSET.matcher(contentType));
  }

  static Optional<Charset> fromMeta(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    return find(META.matcher(head));
  }

  private static Optional<Charset> find(Matcher m) {
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // an unknown charset name: fall back as if none were declared
    }
  }
}
