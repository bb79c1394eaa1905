package org.newsum.cleaning;

/**
 * A block of page text the extractor left out of the article, with the reason: what
 * {@code newsum clean --show-removed} prints so a user can see why a line is missing.
 *
 * @param text the block's text, whitespace-normalized
 * @param reason why it was dropped, e.g. "link list" or "class/id says 'share'"
 */
public record RemovedBlock(String text, String reason) {}
