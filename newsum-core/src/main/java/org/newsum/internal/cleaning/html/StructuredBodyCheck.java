package org.newsum.internal.cleaning.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsum.cleaning.RemovedBlock;

/**
 * Cross-checks the DOM extraction against the page's JSON-LD {@code articleBody}. Structured
 * data is trusted only as far as the visible page confirms it: a body whose words are not on
 * the page (a teaser, another language, a stale copy) is ignored. A trusted body that is
 * complete lets paragraphs it does not contain be dropped; a trusted body that the DOM
 * extraction mostly misses (the block search chose the wrong container) replaces it.
 */
final class StructuredBodyCheck {
  /** A structured body shorter than this many words is a teaser, not a check. */
  private static final int MIN_WORDS = 60;

  private StructuredBodyCheck() {}

  static List<String> apply(List<String> paragraphs, String structured, Element body, List<RemovedBlock> log) {
    if (structured.isEmpty()) {
      return paragraphs;
    }
    String plain = structured.indexOf('<') >= 0 ? Jsoup.parse(structured).text() : structured;
    List<String> words = words(plain);
    if (words.size() < MIN_WORDS) {
      return paragraphs;
    }
    List<List<String>> paragraphWords = new ArrayList<>(paragraphs.size());
    Set<String> extractedWords = new HashSet<>();
    int extractedCount = 0;
    for (String p : paragraphs) {
      List<String> w = words(p);
      paragraphWords.add(w);
      extractedWords.addAll(w);
      extractedCount += w.size();
    }
    double agreement = coverage(words, extractedWords);
    if (agreement < 0.9 && coverage(words, new HashSet<>(words(body.text()))) < 0.9) {
      return paragraphs; // not what the page shows
    }
    if (agreement < 0.6 && words.size() > extractedCount) {
      if (log != null) {
        for (String p : paragraphs) {
          log.add(new RemovedBlock(p, "the page's structured articleBody says otherwise"));
        }
      }
      return paragraphsOf(plain);
    }
    if (words.size() < 0.7 * extractedCount) {
      return paragraphs;
    }
    Set<String> structuredWords = new HashSet<>(words);
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      List<String> w = paragraphWords.get(i);
      if (w.size() >= 3 && coverage(w, structuredWords) < 0.5) {
        if (log != null) {
          log.add(new RemovedBlock(p, "not in the page's structured articleBody"));
        }
      } else {
        kept.add(p);
      }
    }
    return kept;
  }

  private static List<String> paragraphsOf(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\s*\\n\\s*")) {
      String p = line.strip().replaceAll("\\s+", " ");
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static double coverage(List<String> words, Set<String> in) {
    if (words.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String w : words) {
      if (in.contains(w)) {
        hit++;
      }
    }
    return (double) hit / words.size();
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0, n = text.length(); i <= n; i++) {
      boolean letter = i < n && Character.isLetterOrDigit(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
