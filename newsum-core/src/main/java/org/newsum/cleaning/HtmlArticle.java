package org.newsum.cleaning;

import java.time.LocalDate;

/**
 * What an HTML page says about its article.
 *
 * @param title the headline, or empty
 * @param text the article body as plain text, paragraphs separated by blank lines
 * @param date publication date, or {@code null} when the page does not say
 * @param author byline, or {@code null} when the page does not say
 */
public record HtmlArticle(String title, String text, LocalDate date, String author) {}
