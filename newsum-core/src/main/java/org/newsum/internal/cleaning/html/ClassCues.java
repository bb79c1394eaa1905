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
 * one page (it caches per distinct class value); not thread-safe.
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

  /** The three vocabularies, as bits of the trie's marks. */
  private static final int BODY_CUE = 1;
  private static final int FURNITURE_CUE = 2;
  private static final int ARTICLE_FURNITURE_CUE = 4;

  private static final Trie VOCABULARIES = new Trie();

  static {
    for (String w : BODY_WORDS) {
      VOCABULARIES.add(w, BODY_CUE, true);
    }
    for (String w : FURNITURE_WORDS) {
      VOCABULARIES.add(w, FURNITURE_CUE, true);
    }
    for (String w : FURNITURE_EXACT) {
      VOCABULARIES.add(w, FURNITURE_CUE, false);
    }
    for (String w : ARTICLE_FURNITURE) {
      VOCABULARIES.add(w, ARTICLE_FURNITURE_CUE, w.length() > 3); // shorter words are matched whole only
    }
  }

  /** Class values repeat throughout a page: each is read once. */
  private final Map<String, Cues> classCache = new HashMap<>();

  /** The cue weight of an element: +25 per attribute naming the body, -25 per attribute naming furniture. */
  int weight(Element element) {
    return classCues(element).weight() + idCues(element).weight();
  }

  /** The furniture word in the element's class or id (class first), or {@code null}. */
  String furnitureWord(Element element) {
    String word = classCues(element).furniture();
    return word != null ? word : idCues(element).furniture();
  }

  /**
   * The article-furniture word (see {@link #ARTICLE_FURNITURE}) in the element's class or id, or
   * null; body words do not cancel it.
   */
  String articleFurnitureWord(Element element) {
    String word = classCues(element).articleFurniture();
    return word != null ? word : idCues(element).articleFurniture();
  }

  /** Whether the element's class or id has a body word. */
  boolean hasBodyWord(Element element) {
    return classCues(element).body() != null || idCues(element).body() != null;
  }

  private Cues classCues(Element element) {
    String value = element.className();
    if (value.isEmpty()) {
      return Cues.NONE;
    }
    Cues cues = classCache.get(value);
    if (cues == null) {
      cues = Cues.of(value);
      classCache.put(value, cues);
    }
    return cues;
  }

  /** Ids are unique within a page, so a cache would only fill up: each is read when asked. */
  private static Cues idCues(Element element) {
    String value = element.id();
    return value.isEmpty() ? Cues.NONE : Cues.of(value);
  }

  /**
   * The first word of one class or id value in each vocabulary, lower-cased, or null where none
   * matches.
   */
  private record Cues(String body, String furniture, String articleFurniture) {
    static final Cues NONE = new Cues(null, null, null);

    int weight() {
      return (body != null ? 25 : 0) - (furniture != null ? 25 : 0);
    }

    /** Splits {@code attribute} into words (at punctuation and camelCase) and matches each against the trie once. */
    static Cues of(String attribute) {
      String body = null;
      String furniture = null;
      String articleFurniture = null;
      int n = attribute.length();
      int start = -1;
      for (int i = 0; i <= n; i++) {
        char c = i < n ? attribute.charAt(i) : ' ';
        boolean letter = isLetterOrDigit(c);
        boolean camelBreak = letter && start >= 0 && isUpperCase(c) && isLowerCase(attribute.charAt(i - 1));
        if (start >= 0 && (!letter || camelBreak)) {
          int found = VOCABULARIES.vocabulariesOf(attribute, start, i);
          if (found != 0) {
            String word = attribute.substring(start, i).toLowerCase(Locale.ROOT);
            body = body == null && (found & BODY_CUE) != 0 ? word : body;
            furniture = furniture == null && (found & FURNITURE_CUE) != 0 ? word : furniture;
            articleFurniture = articleFurniture == null && (found & ARTICLE_FURNITURE_CUE) != 0 ? word : articleFurniture;
          }
          start = -1;
        }
        if (letter && start < 0) {
          start = i;
        }
      }
      return body == null && furniture == null && articleFurniture == null
          ? NONE : new Cues(body, furniture, articleFurniture);
    }

    // Class and id values are mostly ASCII: these answer it without Character's tables.

    private static boolean isLetterOrDigit(char c) {
      return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static boolean isUpperCase(char c) {
      return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isLowerCase(char c) {
      return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }
  }

  /**
   * The vocabularies' words in a trie over 'a'..'z', each node marking the vocabularies (bits) for
   * which its path is a prefix word or a whole word. A word of an attribute is matched with
   * {@link String#regionMatches(boolean, int, String, int, int) regionMatches}' case folding, in
   * one walk whatever the number of vocabulary words.
   */
  private static final class Trie {
    private final Trie[] next = new Trie[26];
    private int prefixOf;
    private int wordOf;

    void add(String word, int vocabulary, boolean asPrefix) {
      Trie node = this;
      for (int i = 0; i < word.length(); i++) {
        int letter = word.charAt(i) - 'a';
        if (node.next[letter] == null) {
          node.next[letter] = new Trie();
        }
        node = node.next[letter];
      }
      if (asPrefix) {
        node.prefixOf |= vocabulary;
      } else {
        node.wordOf |= vocabulary;
      }
    }

    /** The vocabularies that have a prefix of {@code s[start, end)} as a prefix word, or all of it as a whole word. */
    int vocabulariesOf(String s, int start, int end) {
      char first = s.charAt(start);
      Trie node = step(this, first < 0x80 ? asciiLower(first) : Character.toLowerCase(first));
      int found = 0;
      for (int i = start + 1; node != null; i++) {
        found |= node.prefixOf;
        if (i == end) {
          return found | node.wordOf;
        }
        // regionMatches(ignoreCase) compares toLowerCase(toUpperCase(c)): the folding of 'ı' and 'ſ', too
        char c = s.charAt(i);
        node = step(node, c < 0x80 ? asciiLower(c) : Character.toLowerCase(Character.toUpperCase(c)));
      }
      return found;
    }

    private static char asciiLower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static Trie step(Trie node, char lower) {
      return lower >= 'a' && lower <= 'z' ? node.next[lower - 'a'] : null;
    }
  }
}
