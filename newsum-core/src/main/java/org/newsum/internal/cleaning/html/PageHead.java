package org.newsum.internal.cleaning.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What the head of a page states, read in one walk over it: its JSON-LD scripts and the
 * content of its meta tags, so that the metadata reader looks each key up instead of walking the
 * head again per key.
 *
 * @param jsonLd the JSON-LD scripts of the head, raw, in page order
 * @param metaContents per {@link #foldCase folded} property, name or itemprop of a meta tag, the
 *     stripped content of the first such tag whose content is not blank
 */
record PageHead(List<String> jsonLd, Map<String, String> metaContents) {
  private static final String[] META_KEYS = {"property", "name", "itemprop"};

  static PageHead read(Element head) {
    List<String> jsonLd = new ArrayList<>();
    Map<String, String> metaContents = new HashMap<>();
    for (Element e : head.getAllElements()) {
      if (PageScan.isJsonLd(e)) {
        jsonLd.add(e.data());
      } else if (e.nameIs("meta")) {
        String content = e.attr("content").strip();
        for (int i = 0; i < META_KEYS.length && !content.isEmpty(); i++) {
          String key = e.attr(META_KEYS[i]);
          if (!key.isEmpty()) {
            metaContents.putIfAbsent(foldCase(key), content);
          }
        }
      }
    }
    return new PageHead(List.copyOf(jsonLd), Map.copyOf(metaContents));
  }

  /**
   * The content of the first meta tag whose property, name or itemprop is {@code key} (ignoring
   * case) and whose content is not blank, stripped; empty when there is none.
   */
  String meta(String key) {
    return metaContents.getOrDefault(foldCase(key), "");
  }

  /**
   * {@code s} with each char folded as {@link String#equalsIgnoreCase} compares it
   * (lower case of upper case), so two strings fold alike exactly when they are equal ignoring case.
   */
  static String foldCase(String s) {
    char[] folded = new char[s.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    }
    return new String(folded);
  }
}
