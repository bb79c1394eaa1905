package org.newsum.evaluation.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RougeCountsTest {
  private static RougeText.Prepared text(int[] tokens) {
    return new RougeText.Prepared(tokens, new int[][] {tokens});
  }

  @Test
  void localIdsAreDenseInOrderOfFirstSightAcrossPeerAndReferences() {
    RougeCounts.LocalIds ids = new RougeCounts.LocalIds(text(new int[] {7, 3, 7}), new RougeText.Prepared[] {text(new int[] {3, 9})}, 10);
    assertThat(ids.peer.tokens()).containsExactly(0, 1, 0);
    assertThat(ids.refs[0].tokens()).containsExactly(1, 2);
    assertThat(ids.size).isEqualTo(3);
    RougeCounts.LocalIds hashed = new RougeCounts.LocalIds(text(new int[] {7, 3, 7}), new RougeText.Prepared[] {text(new int[] {3, 9})}, 1_000_000);
    assertThat(hashed.peer.tokens()).containsExactly(0, 1, 0);
    assertThat(hashed.refs[0].tokens()).containsExactly(1, 2);
    assertThat(hashed.size).isEqualTo(3);
  }

  @Test
  void aLongTextOverASmallVocabularyTakesNoTableSizedForItsTokens() {
    // A whole text against a short reference: ids from a table of 2-4 slots (12 bytes each) per
    // token cost 25-50 bytes a token beyond the relabelled copies (8 bytes a token).
    SplittableRandom random = new SplittableRandom(3);
    int[] peer = random.ints(1_000_000, 0, 2_000).toArray();
    RougeText.Prepared[] refs = {text(new int[] {1, 2, 3})};
    new RougeCounts.LocalIds(text(peer), refs, 2_000); // classes loaded
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    RougeCounts.LocalIds ids = new RougeCounts.LocalIds(text(peer), refs, 2_000);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(ids.size).isEqualTo(2_000);
    assertThat(allocated).isLessThan(10L * peer.length);
  }
}
