package org.newsum.internal.documents;

/**
 * Removes terminal control sequences and control characters from input text, so that a summary
 * printed to a terminal cannot recolour, retitle or clear it: ANSI escape sequences (CSI {@code
 * ESC [ … final}, the string commands OSC/DCS/APC/PM/SOS up to their terminator, two-character
 * {@code ESC} sequences), the 8-bit CSI U+009B with its parameters, and the remaining C0 and C1
 * control characters and DEL. Tab, line feed, carriage return and form feed are kept.
 *
 * <p>One pass, linear in the text; an unterminated string command ends at the line's end, so
 * a stray {@code ESC ]} cannot swallow the rest of the document.
 */
public final class TerminalControls {
  private static final char ESC = '\u001b';
  private static final char BEL = '\u0007';
  private static final char CSI_8BIT = '\u009b';

  private TerminalControls() {}

  /** {@code text} without control sequences and control characters; the same instance when it has none. */
  public static String strip(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !isStripped(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (c == ESC) {
        i = afterEscape(text, i + 1);
      } else if (c == CSI_8BIT) {
        i = afterCsi(text, i + 1);
      } else {
        if (!isStripped(c)) {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isStripped(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7f && c <= 0x9f;
  }

  /** Where the escape sequence whose {@code ESC} precedes {@code i} ends. */
  private static int afterEscape(String text, int i) {
    if (i >= text.length()) {
      return i;
    }
    char k = text.charAt(i);
    if (k == '[') {
      return afterCsi(text, i + 1);
    }
    if (k == ']' || k == 'P' || k == '_' || k == '^' || k == 'X') {
      return afterString(text, i + 1);
    }
    while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) {
      i++; // intermediate bytes, as in ESC ( B
    }
    return i < text.length() && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x7e ? i + 1 : i;
  }

  /** After a control sequence's parameter and intermediate bytes and its final byte, if any. */
  private static int afterCsi(String text, int i) {
    int n = text.length();
    while (i < n && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x3f) {
      i++;
    }
    while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) {
      i++;
    }
    return i < n && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7e ? i + 1 : i;
  }

  /** After a string command's terminator (BEL or {@code ESC \}); at the line break if there is none before it. */
  private static int afterString(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == BEL) {
        return i + 1;
      }
      if (c == ESC && i + 1 < n && text.charAt(i + 1) == '\\') {
        return i + 2;
      }
      if (c == '\n' || c == '\r') {
        return i;
      }
      i++;
    }
    return n;
  }
}
