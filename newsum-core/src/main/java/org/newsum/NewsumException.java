package org.newsum;

/**
 * Base of every error newsum reports on purpose: bad input, an unknown method, an impossible
 * budget. Front ends print its message (never a stack trace) and map it to an exit code or an
 * HTTP status.
 */
public class NewsumException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NewsumException(String message) {
    super(message);
  }

  public NewsumException(String message, Throwable cause) {
    super(message, cause);
  }
}
