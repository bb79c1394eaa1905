package org.newsum.cleaning;

import java.util.List;

/**
 * The labeled blocks of one document, in text order, as the {@link FurnitureCleaner} sees
 * them. Blank lines are not blocks.
 *
 * @param documentId id of the classified document
 * @param blocks its non-blank lines (or paragraphs, for hard-wrapped text) with labels
 */
public record PageLayout(String documentId, List<LabeledBlock> blocks) {
  public PageLayout {
    blocks = List.copyOf(blocks);
  }

  /** The blocks with the given label. */
  public List<LabeledBlock> withLabel(BlockLabel label) {
    return blocks.stream().filter(b -> b.label() == label).toList();
  }
}
