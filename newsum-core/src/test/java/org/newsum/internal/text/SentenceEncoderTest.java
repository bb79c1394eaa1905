package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
  private static final SentenceEncoder ENCODER = SentenceEncoder.get();

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
    }
    return dot;
  }

  @Test
  void embeddingsAreUnitVectorsOfTheModelsDimensions() {
    float[] e = ENCODER.encode("Rescue teams searched the rubble after the earthquake.");
    assertThat(e).hasSize(SentenceEncoder.DIMENSIONS);
    assertThat(cosine(e, e)).isCloseTo(1, within(1e-5));
    assertThat(ENCODER.encode("")).hasSize(SentenceEncoder.DIMENSIONS);
  }

  @Test
  void twoReportsOfOneEventInOtherWordsAreCloserThanReportsOfTwoEventsOfOneKind() {
    float[] quake = ENCODER.encode("A magnitude 6.8 earthquake struck the mountain province on Tuesday, collapsing homes in the"
        + " town of Persk.");
    float[] sameQuake = ENCODER.encode("The death toll from Tuesday's 6.8 tremor in the province rose to 63 as rescuers dug"
        + " through the ruins of Persk.");
    float[] otherQuake = ENCODER.encode("A magnitude 5.1 earthquake shook the coast of Chile overnight; no damage was reported.");
    float[] election = ENCODER.encode("Voters in Eastvale re-elected Mayor Dana Quinn on Sunday by a wide margin.");
    assertThat(cosine(quake, sameQuake)).isGreaterThan(cosine(quake, otherQuake));
    assertThat(cosine(quake, otherQuake)).isGreaterThan(cosine(quake, election));
  }

  @Test
  void onlyTheLeadIsReadAndTheSameTextGivesTheSameEmbedding() {
    String lead = "Voters in Eastvale re-elected Mayor Dana Quinn on Sunday by a wide margin. ".repeat(12);
    float[] e = ENCODER.encode(lead);
    assertThat(ENCODER.encode(lead)).containsExactly(e);
    assertThat(ENCODER.encode(lead + "The weather was sunny and the turnout was low. ".repeat(20))).containsExactly(e);
  }

  /**
   * ONNX Runtime 1.29.0 crashed the JVM (SIGSEGV, no error file) on loading when the process's
   * command line was longer than about 4,000 characters, as Spark's launcher makes it with its
   * classpath: a JVM with such a command line must encode.
   */
  @Test
  void aJvmWithALongCommandLineLoadsTheEncoder() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dnewsum.padding=" + "x".repeat(6000), "-cp", System.getProperty("java.class.path"), EncodeOne.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("dimensions " + SentenceEncoder.DIMENSIONS);
  }

  /** What {@link #aJvmWithALongCommandLineLoadsTheEncoder} runs in its own JVM. */
  static final class EncodeOne {
    public static void main(String[] args) {
      System.out.println("dimensions " + SentenceEncoder.get().encode("Rescuers reached Persk.").length);
    }
  }
}
