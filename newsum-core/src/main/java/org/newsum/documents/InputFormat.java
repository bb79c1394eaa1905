package org.newsum.documents;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text of unknown origin (standard input, text pasted into the web page or sent to the
 * API) holds, judged from its head: an HTML page or fragment, cluster lines in JSON, or plain
 * text. The tests are conservative: prose that mentions a tag or starts with a brace stays text.
 */
public enum InputFormat {
  /** Plain (or scraped) text. */
  TEXT,
  /** An HTML page or fragment: its article text is extracted first. */
  HTML,
  /** JSON objects, one per line: clusters in the {@linkplain ClusterJson cluster format}. */
  JSONL;

  /** How much of the text's head is looked at. */
  static final int HEAD_CHARS = 4096;
  /** Known HTML tags in the head from which a text that does not start with one is HTML ... */
  private static final int MIN_TAGS = 4;
  /** ... when they are this dense: at least one per this many characters of the head. */
  private static final int MAX_CHARS_PER_TAG = 200;
  /** An opening or closing tag of an element that pages and fragments are made of, or a comment. */
  private static final Pattern TAG = Pattern.compile("<(?:!--|/?(?:html|head|body|div|p|span|a|script|style|meta|link"
      + "|title|article|section|header|footer|nav|main|aside|ul|ol|li|table|thead|tbody|tr|td|th|h[1-6]|br|hr|img"
      + "|iframe|noscript|form|input|button|figure|figcaption|picture|source|time|strong|em|b|i|u|blockquote"
      + "|svg|template)(?=[\\s>/]))", Pattern.CASE_INSENSITIVE);
  /** The start of a JSON object with a string key, as every cluster line starts. */
  private static final Pattern JSON_OBJECT = Pattern.compile("\\{\\s*\"[^\"\\n]*\"\\s*:");

  /**
   * Judges a text by its first {@value #HEAD_CHARS} characters (a leading byte-order mark and
   * white space are ignored): {@link #JSONL} when it starts like a JSON object ({"key": ...),
   * {@link #HTML} when it starts with a doctype, an XML declaration of a page or a known tag, or
   * has at least 4 known tags densely enough (one per 200 characters of the head) to be markup
   * rather than prose that mentions one, else {@link #TEXT}.
   */
  public static InputFormat sniff(CharSequence text) {
    String head = head(text);
    if (JSON_OBJECT.matcher(head).lookingAt()) {
      return JSONL;
    }
    return isHtml(head) ? HTML : TEXT;
  }

  /** Whether a text looks like an HTML page or fragment (the HTML test of {@link #sniff}). */
  static boolean looksLikeHtml(CharSequence text) {
    return isHtml(head(text));
  }

  private static String head(CharSequence text) {
    int start = 0;
    int n = text.length();
    while (start < n && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    return text.subSequence(start, Math.min(n, start + HEAD_CHARS)).toString();
  }

  private static boolean isHtml(String head) {
    String lower = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
        || lower.startsWith("<?xml") && lower.contains("<html")) {
      return true;
    }
    Matcher tags = TAG.matcher(head);
    if (tags.lookingAt()) {
      return true;
    }
    int count = 0;
    while (tags.find()) {
      count++;
    }
    return count >= MIN_TAGS && (long) count * MAX_CHARS_PER_TAG >= head.length();
  }
}
