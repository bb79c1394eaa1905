package org.newsum.cleaning;

/**
 * One line or paragraph of a document with its label and the evidence for it.
 *
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param text the block's text, {@code documentText.substring(start, end)}
 * @param label body, heading or furniture
 * @param reason the features that decided the label, in words (for {@code --show-removed})
 */
public record LabeledBlock(int start, int end, String text, BlockLabel label, String reason) {}
