package org.newsum.text;

/**
 * A word of a sentence after analysis.
 *
 * @param lower the word lower-cased
 * @param stem its Porter stem
 * @param stopWord whether it is a function word (see {@link StopWords})
 */
public record Token(String lower, String stem, boolean stopWord) {}
