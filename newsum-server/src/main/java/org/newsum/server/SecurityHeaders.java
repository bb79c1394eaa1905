package org.newsum.server;

import java.util.Map;

/**
 * The headers every answer carries so that the page cannot be framed, sniffed into another type
 * or made to load anything from elsewhere: the page uses only its own script, style sheet and
 * API, so the content security policy allows nothing more.
 */
final class SecurityHeaders {
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cross-Origin-Resource-Policy", "same-origin");

  private SecurityHeaders() {}
}
