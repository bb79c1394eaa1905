package org.newsum.internal.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.newsum.NewsumException;
import org.newsum.documents.StrictJson;
import org.newsum.internal.output.AtomicFileWriter;

/**
 * A line-oriented output file that survives interruption: lines go to {@code OUT.partial}; a
 * checkpoint {@code OUT.checkpoint} records, at most every {@code checkpointInterval}, how many
 * input records are finished and how many bytes of the partial file hold their lines. {@link
 * #commit()} renames the partial file to {@code OUT} atomically and deletes the checkpoint, so
 * {@code OUT} only ever appears complete.
 *
 * <p>Opened with {@code resume}, it continues an interrupted run: the partial file is cut back
 * to the last checkpoint and {@link #recordsDone()} says how many input records to skip. As
 * lines are written in input order, the resumed output equals an uninterrupted run's. The
 * checkpoint also holds the run's settings and a digest of the finished input records (each
 * record's hash, given to {@link #recordDone(long)}, chained in order): resuming with other
 * settings, or on an input whose first records are no longer those ({@link #skipDone}), is refused.
 */
public final class ResumableOutput implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path target;
  private final Path partial;
  private final Path checkpoint;
  private final String settings;
  private final long checkpointIntervalNanos;
  private final FileChannel channel;
  private final Writer writer;
  private final long resumedRecords;
  private final long resumedBytes;
  /** The digest of the resumed records as the checkpoint has it; {@code null} when it has none (older checkpoints). */
  private final String resumedDigest;
  private long records;
  /** {@link #chain} over the hashes of the first {@link #records} records. */
  private long digest;
  private long bytes;
  private long doneBytes;
  private long lastCheckpointNanos;
  private boolean committed;

  private ResumableOutput(Path target, String settings, Duration checkpointInterval, FileChannel channel,
      long resumedRecords, long bytes, String resumedDigest) {
    this.target = target;
    this.partial = partialOf(target);
    this.checkpoint = checkpointOf(target);
    this.settings = settings;
    this.checkpointIntervalNanos = checkpointInterval.toNanos();
    this.channel = channel;
    this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
    this.resumedRecords = resumedRecords;
    this.resumedBytes = bytes;
    this.resumedDigest = resumedDigest;
    this.digest = resumedDigest == null ? 0 : Long.parseUnsignedLong(resumedDigest, 16);
    this.records = resumedRecords;
    this.bytes = bytes;
    this.doneBytes = bytes;
    this.lastCheckpointNanos = System.nanoTime();
  }

  /**
   * Opens {@code target} for writing.
   *
   * @param settings what determines the output (input, method, budget...): a resumed run must have the same
   * @param resume continue from the checkpoint of an interrupted run, if there is one; otherwise start over
   * @throws NewsumException if resuming a run that had other settings
   */
  public static ResumableOutput open(Path target, String settings, boolean resume, Duration checkpointInterval) {
    Path partial = partialOf(target);
    Path checkpoint = checkpointOf(target);
    try {
      if (resume && Files.exists(checkpoint) && Files.exists(partial)) {
        JsonNode saved = readCheckpoint(checkpoint, target);
        if (!settings.equals(saved.path("settings").asText())) {
          throw new NewsumException("cannot resume " + target + ": the interrupted run had other settings ("
              + saved.path("settings").asText() + "); run without --resume to start over");
        }
        long savedBytes = saved.path("bytes").asLong(-1);
        long savedRecords = saved.path("records").asLong(-1);
        if (savedBytes >= 0 && savedRecords >= 0 && Files.size(partial) >= savedBytes) {
          FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
          channel.truncate(savedBytes);
          channel.position(savedBytes);
          return new ResumableOutput(target, settings, checkpointInterval, channel, savedRecords, savedBytes,
              saved.path("input").asText().matches("[0-9a-f]{16}") ? saved.path("input").asText() : null);
        }
      }
      Files.deleteIfExists(checkpoint);
      FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      return new ResumableOutput(target, settings, checkpointInterval, channel, 0, 0, hex(0));
    } catch (NoSuchFileException e) {
      throw new NewsumException(target + ": cannot write: no such directory", e);
    } catch (IOException e) {
      throw new NewsumException(target + ": cannot write " + partial + ": " + e.getMessage(), e);
    }
  }

  /** The saved checkpoint; a damaged one (e.g. edited, or cut by a failing disk) is one line saying so. */
  private static JsonNode readCheckpoint(Path checkpoint, Path target) throws IOException {
    try {
      return StrictJson.read(Files.readAllBytes(checkpoint));
    } catch (JsonProcessingException e) {
      throw new NewsumException("cannot resume " + target + ": its checkpoint " + checkpoint + " is damaged (malformed JSON: "
          + StrictJson.problem(e) + "); run without --resume to start over", e);
    }
  }

  /** The partial file an unfinished run writes to. */
  public static Path partialOf(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial");
  }

  /** The checkpoint file of an unfinished run. */
  public static Path checkpointOf(Path target) {
    return target.resolveSibling(target.getFileName() + ".checkpoint");
  }

  /** Input records finished by the interrupted run this one resumes (0 when starting over): skip them. */
  public long recordsDone() {
    return resumedRecords;
  }

  /**
   * Skips the {@link #recordsDone()} records the interrupted run finished, checking that they are
   * still the same: their hashes, chained, must give the checkpoint's digest. Call it once, before
   * the first {@link #recordDone(long)}.
   *
   * @param hash a record's content hash, as given to {@link #recordDone(long)} by the interrupted run
   * @param input the input's name for messages
   * @return the number of records skipped
   * @throws NewsumException if the input has fewer records, or other ones, than the interrupted run finished
   */
  public <T> long skipDone(Iterator<T> inputs, ToLongFunction<? super T> hash, String input) {
    long chained = 0;
    for (long i = 0; i < resumedRecords; i++) {
      if (!inputs.hasNext()) {
        throw new NewsumException("cannot resume: " + input + " has fewer records (" + i
            + ") than the interrupted run finished (" + resumedRecords + "); run without --resume to start over");
      }
      chained = chain(chained, hash.applyAsLong(inputs.next()));
    }
    if (resumedDigest == null) {
      throw new NewsumException("cannot resume " + target + ": its checkpoint does not record what the input held"
          + " (an older newsum wrote it); run without --resume to start over");
    }
    if (!hex(chained).equals(resumedDigest)) {
      throw new NewsumException("cannot resume " + target + ": " + input + " has changed since the interrupted run"
          + " (its first " + resumedRecords + " records are not the ones that run finished); run without --resume to"
          + " start over");
    }
    return resumedRecords;
  }

  /**
   * The lines the finished records of the interrupted run wrote (empty when starting over), for a
   * caller that needs them again (e.g. to score them); read from the partial file, so call it
   * before appending.
   */
  public List<String> resumedLines() {
    if (resumedBytes == 0) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(partial)) {
      return new String(in.readNBytes(Math.toIntExact(resumedBytes)), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException | ArithmeticException e) {
      throw new NewsumException("cannot read " + partial + " to resume: " + e.getMessage(), e);
    }
  }

  /** Appends one line (without its newline) for the current record. */
  public void append(String line) {
    try {
      writer.write(line);
      writer.write('\n');
    } catch (IOException e) {
      throw new NewsumException("cannot write " + partial + ": " + e.getMessage(), e);
    }
    bytes += utf8Length(line) + 1;
  }

  /**
   * Marks the current input record finished (its line, if any, appended); checkpoints when due.
   *
   * @param inputHash a hash of the record's input (e.g. {@code ClusterJsonlReader.lastLineHash()}), which the
   *     checkpoint's digest chains so that a resumed run can check its input
   */
  public void recordDone(long inputHash) {
    records++;
    digest = chain(digest, inputHash);
    doneBytes = bytes;
    if (System.nanoTime() - lastCheckpointNanos >= checkpointIntervalNanos) {
      writeCheckpoint();
    }
  }

  /** Publishes the output: {@code OUT} appears complete, the partial and checkpoint files go. */
  public void commit() {
    try {
      writer.close();
      AtomicFileWriter.publish(partial, target);
      Files.deleteIfExists(checkpoint);
      committed = true;
    } catch (IOException | UncheckedIOException e) {
      throw new NewsumException("cannot finish output " + target + ": " + e.getMessage(), e);
    }
  }

  /** Without {@link #commit()}: checkpoints what is finished and keeps the partial file for a resume. */
  @Override
  public void close() {
    if (!committed) {
      try {
        writeCheckpoint();
      } finally {
        try {
          writer.close();
        } catch (IOException e) {
          // the checkpoint above already says which bytes are valid
        }
      }
    }
  }

  private void writeCheckpoint() {
    try {
      writer.flush();
      channel.force(false);
    } catch (IOException e) {
      throw new NewsumException("cannot write " + partial + ": " + e.getMessage(), e);
    }
    ObjectNode state = JSON.createObjectNode();
    state.put("settings", settings);
    state.put("records", records);
    state.put("bytes", doneBytes);
    state.put("input", hex(digest));
    try {
      AtomicFileWriter.writeString(checkpoint, state.toString() + "\n");
    } catch (UncheckedIOException e) {
      throw new NewsumException(e.getMessage() + " (the checkpoint of " + target + ")", e);
    }
    lastCheckpointNanos = System.nanoTime();
  }

  /** The digest of a sequence of record hashes: order-dependent, each step a full 64-bit mix (SplitMix64's). */
  static long chain(long digest, long recordHash) {
    long z = digest * 0x9E3779B97F4A7C15L + recordHash;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String hex(long digest) {
    return String.format("%016x", digest);
  }

  /** UTF-8 length of {@code s} as a Java UTF-8 writer encodes it (a lone surrogate becomes '?'), without encoding it. */
  static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n += 1;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
