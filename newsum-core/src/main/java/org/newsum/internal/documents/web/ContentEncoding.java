package org.newsum.internal.documents.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.newsum.documents.InputException;

/**
 * Undoes a response's {@code Content-Encoding} (gzip or deflate, which the fetcher asks for, and
 * which some servers send unasked), within the page size limit: a small compressed body that
 * inflates to gigabytes is cut off one byte past the limit and refused.
 */
final class ContentEncoding {
  private ContentEncoding() {}

  /**
   * The decompressed body ({@code body} itself without an encoding).
   *
   * @throws InputException naming the URL for an unknown encoding, a corrupt body or one over the limit
   */
  static byte[] decode(String url, String encoding, byte[] body, long maxBytes) {
    String name = encoding.strip().toLowerCase(Locale.ROOT);
    if (body == null || name.isEmpty() || name.equals("identity")) {
      return body;
    }
    // HTTP's "deflate" is zlib-wrapped, but some servers send raw deflate data: the zlib header tells them apart.
    Inflater inflater = name.equals("deflate") ? new Inflater(!hasZlibHeader(body)) : null;
    try (InputStream in = open(url, encoding, name, body, inflater)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 9) + 1);
      if (bytes.length > maxBytes) {
        throw new InputException(url, "page too large (more than " + maxBytes + " bytes once decompressed)");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(url, "cannot decompress the page (Content-Encoding " + name + "): " + e.getMessage());
    } finally {
      if (inflater != null) {
        inflater.end();
      }
    }
  }

  private static InputStream open(String url, String encoding, String name, byte[] body, Inflater inflater)
      throws IOException {
    if (name.equals("gzip") || name.equals("x-gzip")) {
      return new GZIPInputStream(new ByteArrayInputStream(body));
    }
    if (inflater != null) {
      return new InflaterInputStream(new ByteArrayInputStream(body), inflater);
    }
    throw new InputException(url, "unsupported Content-Encoding '" + encoding.strip() + "' (gzip and deflate are read)");
  }

  private static boolean hasZlibHeader(byte[] body) {
    return body.length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) * 256 + (body[1] & 0xFF)) % 31 == 0;
  }
}
