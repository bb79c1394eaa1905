package org.newsum.internal.text;

/**
 * A title and a text read as {@code title + "\n" + text}, without copying the text: a language
 * detector reads only the start of it.
 */
public record TitledText(String title, String text) implements CharSequence {
  /** {@code title + "\n" + text} as one sequence, {@code text} itself when the title is empty. */
  public static CharSequence of(String title, String text) {
    return title.isEmpty() ? text : new TitledText(title, text);
  }

  @Override
  public int length() {
    return title.length() + 1 + text.length();
  }

  @Override
  public char charAt(int index) {
    int t = title.length();
    return index < t ? title.charAt(index) : index == t ? '\n' : text.charAt(index - t - 1);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    StringBuilder part = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      part.append(charAt(i));
    }
    return part.toString();
  }

  @Override
  public String toString() {
    return title + "\n" + text;
  }
}
