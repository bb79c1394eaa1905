package org.newsum.documents;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * JSON as every front door reads it (cluster and feed lines, API bodies): strictly, one value and
 * nothing after it, so two objects run together on one line are an error rather than the first
 * alone, and no key twice in an object; a syntax error is said in the parser's words without its
 * internals, with where it is. Strings may be as long as the input: each door bounds its input.
 */
public final class StrictJson {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
  }

  private StrictJson() {}

  /**
   * Parses {@code json}.
   *
   * @throws JsonProcessingException if it is not one JSON value ({@link #problem} says why)
   */
  public static JsonNode read(String json) throws JsonProcessingException {
    return JSON.readTree(json);
  }

  /**
   * Parses UTF-8 (or, with a byte order mark, UTF-16 or UTF-32) {@code json}.
   *
   * @throws JsonProcessingException if it is not one JSON value ({@link #problem} says why)
   * @throws IOException if its bytes cannot be decoded
   */
  public static JsonNode read(byte[] json) throws IOException {
    return JSON.readTree(json);
  }

  /**
   * What is wrong, in the parser's words without the internals it appends (the start marker's
   * source), then where: {@code "Unexpected end-of-input: expected close marker for Array (column
   * 19)"}; {@code (line L, column C)} when the text has several lines.
   */
  public static String problem(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    String problem = message.startsWith("Trailing token") ? "more after the JSON object" : message;
    int noise = problem.indexOf(" (start marker");
    problem = (noise > 0 ? problem.substring(0, noise) : problem).strip();
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return problem;
    }
    return problem + (at.getLineNr() == 1 ? " (column " : " (line " + at.getLineNr() + ", column ") + at.getColumnNr() + ")";
  }
}
