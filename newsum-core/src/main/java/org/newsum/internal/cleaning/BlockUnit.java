package org.newsum.internal.cleaning;

/**
 * What is labeled, with its thresholds. Sentences of flattened text carry fewer words, so
 * their topic support is noisier and they need stronger evidence than lines.
 *
 * @param offTopicShare prose is off-topic below this share of the page's median topic support
 * @param runMax the highest off-topic threshold in an edge run
 * @param runStartsAtFurniture an edge run only starts at a block already known as furniture
 */
enum BlockUnit {
  LINE(0.5, 0.75, false),
  SENTENCE(0.25, 0.5, true);

  final double offTopicShare;
  final double runMax;
  final boolean runStartsAtFurniture;

  BlockUnit(double offTopicShare, double runMax, boolean runStartsAtFurniture) {
    this.offTopicShare = offTopicShare;
    this.runMax = runMax;
    this.runStartsAtFurniture = runStartsAtFurniture;
  }

  /** A block with an e-mail or web address is furniture below this topic support. */
  double contactBelow() {
    return 2 * offTopicShare;
  }
}
