package org.newsum.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a malformed request line or header, a bad URI, headers too large)
 * as the API's {@code {"error": "..."}} rather than an HTML page, with the security headers.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpField JSON_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(JSON_TYPE);
    SecurityHeaders.HEADERS.forEach(headers::put);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  /** {@code {"error": "bad request (400): Illegal character ..."}}. */
  static byte[] body(int status, String reason) {
    String what = HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
    String message = what + " (" + status + ")" + (reason == null || reason.isBlank() || reason.equalsIgnoreCase(what) ? "" : ": " + reason);
    return JSON.createObjectNode().put("error", message).toString().getBytes(StandardCharsets.UTF_8);
  }
}
