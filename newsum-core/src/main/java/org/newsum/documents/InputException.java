package org.newsum.documents;

import org.newsum.NewsumException;

/** Input that cannot be read as documents: names the input and says what is wrong with it. */
public final class InputException extends NewsumException {
  private static final long serialVersionUID = 1L;

  public InputException(String input, String problem) {
    super(input + ": " + problem);
  }

  public InputException(String input, String problem, Throwable cause) {
    super(input + ": " + problem, cause);
  }
}
