package org.newsum.server;

/**
 * A request the service refuses or cannot serve: carries the HTTP status and a message for the
 * client, rendered as {@code {"error": message}}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final int BAD_REQUEST = 400;
  static final int FORBIDDEN = 403;
  static final int REQUEST_TIMEOUT = 408;
  static final int PAYLOAD_TOO_LARGE = 413;
  static final int UNSUPPORTED_MEDIA_TYPE = 415;
  static final int UNAVAILABLE = 503;

  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(BAD_REQUEST, message);
  }
}
