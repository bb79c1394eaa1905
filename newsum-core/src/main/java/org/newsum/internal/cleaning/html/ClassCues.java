package org.newsum.internal.cleaning.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's author said about an element through its {@code class} and {@code id}:
 * generic words such as "article" or "content" (likely body) and "share", "related", "comment"
 * or "footer" (likely furniture). The attribute values are split into words (at punctuation
 * and camelCase boundaries) and each word is matched by prefix against small vocabularies, so
 * "relatedArticles", "social-share-bar" and "newsletterSignup" all count. No site, file or id
 * is named anywhere: only words that mean the same thing on every site. One instance serves
 * one page (it caches per distinct attribute value); not thread-safe.
 */
final class ClassCues {
  /** Word prefixes that mark the article body or its container. */
  private static final String[] BODY_WORDS = {
    "article", "content", "entry", "story", "post", "body", "text", "main", "prose", "blog",
    "hentry", "paragraph", "richtext"
  };

  /** Word prefixes that mark page furniture: navigation, promotion, sharing, comments. */
  private static final String[] FURNITURE_WORDS = {
    "share", "sharing", "social", "related", "comment", "newsletter", "subscri", "promo", "advert",
    "sponsor", "sidebar", "breadcrumb", "footer", "nav", "menu", "cookie", "consent", "gdpr",
    "popup", "modal", "banner", "widget", "outbrain", "taboola", "recommend", "trending", "popular",
    "masthead", "disqus", "rss", "shopping", "skyscraper", "pagination", "pager", "toolbar",
    "signup", "follow", "community", "shoutbox", "remark", "replies", "combx", "supplemental",
    "agegate", "lightbox", "overlay", "readmore", "readnext", "morestories", "tags", "tagged",
    "topics", "keywords", "print", "login", "signin", "paywall", "donate", "byline", "dateline",
    "caption", "credit", "copyright", "disclaimer", "teaser", "carousel", "slideshow", "gallery"
  };

  /**
   * Furniture words that name a part of the article page rather than of the site ("article-share",
   * "post-author", "entry-byline"): inside an article they mark furniture even next to a body word.
   */
  private static final Set<String> ARTICLE_FURNITURE = Set.of(
      "share", "sharing", "social", "related", "comment", "newsletter", "subscri", "promo", "advert",
      "sponsor", "cookie", "consent", "gdpr", "popup", "modal", "outbrain", "taboola", "recommend",
      "signup", "paywall", "donate", "breadcrumb", "byline", "caption", "author", "bio", "ad", "ads",
      "tags", "tagged");

  /** Whole words (not prefixes: they are too short) that mark furniture. */
  private static final String[] FURNITURE_EXACT = {
    "ad", "ads", "adv", "advt", "aside", "extra", "meta", "more", "hidden", "hide", "header", "author",
    "date", "time", "timestamp", "icon", "tool", "tools", "bio", "email",
    "mail", "btn", "button", "links", "rail", "footnote", "label", "badge"
  };

  /** Marks "no match" in the caches (null means "not looked up yet"). */
  private static final String NO_MATCH = "";

  /** Class and id values repeat throughout a page: each value is matched once per vocabulary. */
  private final Map<String, String> furnitureCache = new HashMap<>();
  private final Map<String, String> articleFurnitureCache = new HashMap<>();
  private final Map<String, String> bodyCache = new HashMap<>();

  /** The cue weight of an element: +25 per attribute naming the body, -25 per attribute naming furniture. */
  int weight(Element element) {
    return weight(element.className()) + weight(element.id());
  }

  private int weight(String attribute) {
    return (lookup(attribute, BODY, bodyCache) != null ? 25 : 0)
        - (lookup(attribute, FURNITURE, furnitureCache) != null ? 25 : 0);
  }

  /** The furniture word in the element's class or id (class first), or {@code null}. */
  String furnitureWord(Element element) {
    String word = lookup(element.className(), FURNITURE, furnitureCache);
    return word != null ? word : lookup(element.id(), FURNITURE, furnitureCache);
  }

  /**
   * The article-furniture word (see {@link #ARTICLE_FURNITURE}) in the element's class or id, or
   * null; body words do not cancel it.
   */
  String articleFurnitureWord(Element element) {
    String word = lookup(element.className(), ARTICLE_FURNITURE_VOCABULARY, articleFurnitureCache);
    return word != null ? word : lookup(element.id(), ARTICLE_FURNITURE_VOCABULARY, articleFurnitureCache);
  }

  /** Whether the element's class or id has a body word. */
  boolean hasBodyWord(Element element) {
    return lookup(element.className(), BODY, bodyCache) != null || lookup(element.id(), BODY, bodyCache) != null;
  }

  private static String lookup(String attribute, Vocabulary vocabulary, Map<String, String> cache) {
    if (attribute.isEmpty()) {
      return null;
    }
    String word = cache.get(attribute);
    if (word == null) {
      word = firstMatch(attribute, vocabulary);
      cache.put(attribute, word == null ? NO_MATCH : word);
    }
    return word == null || word.isEmpty() ? null : word;
  }

  /** Returns the first word of {@code attribute} that is a body (or furniture) word, or null. */
  private static String firstMatch(String attribute, Vocabulary vocabulary) {
    int n = attribute.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? attribute.charAt(i) : ' ';
      boolean letter = Character.isLetterOrDigit(c);
      boolean camelBreak = letter && start >= 0 && Character.isUpperCase(c)
          && Character.isLowerCase(attribute.charAt(i - 1));
      if (start >= 0 && (!letter || camelBreak)) {
        if (vocabulary.matches(attribute, start, i)) {
          return attribute.substring(start, i).toLowerCase(Locale.ROOT);
        }
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
      }
    }
    return null;
  }

  private static final Vocabulary BODY = new Vocabulary(BODY_WORDS, new String[0]);
  private static final Vocabulary FURNITURE = new Vocabulary(FURNITURE_WORDS, FURNITURE_EXACT);
  private static final Vocabulary ARTICLE_FURNITURE_VOCABULARY = new Vocabulary(
      ARTICLE_FURNITURE.stream().filter(w -> w.length() > 3).toArray(String[]::new),
      ARTICLE_FURNITURE.stream().filter(w -> w.length() <= 3).toArray(String[]::new));

  /** Prefixes and whole words indexed by their first letter, matched case-insensitively in place. */
  private static final class Vocabulary {
    private final String[][] prefixes = new String[26][];
    private final String[][] exact = new String[26][];

    Vocabulary(String[] prefixWords, String[] exactWords) {
      index(prefixWords, prefixes);
      index(exactWords, exact);
    }

    private static void index(String[] words, String[][] into) {
      for (int letter = 0; letter < 26; letter++) {
        char first = (char) ('a' + letter);
        into[letter] = java.util.Arrays.stream(words).filter(w -> w.charAt(0) == first).toArray(String[]::new);
      }
    }

    /** Whether {@code s[start, end)} starts with a prefix word or is a whole word. */
    boolean matches(String s, int start, int end) {
      int letter = Character.toLowerCase(s.charAt(start)) - 'a';
      if (letter < 0 || letter >= 26) {
        return false;
      }
      int length = end - start;
      for (String p : prefixes[letter]) {
        if (p.length() <= length && s.regionMatches(true, start, p, 0, p.length())) {
          return true;
        }
      }
      for (String w : exact[letter]) {
        if (w.length() == length && s.regionMatches(true, start, w, 0, length)) {
          return true;
        }
      }
      return false;
    }
  }
}
