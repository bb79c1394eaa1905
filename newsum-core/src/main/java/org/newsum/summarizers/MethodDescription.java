package org.newsum.summarizers;

import java.util.List;

/**
 * A summarization method as front ends list it ({@code newsum methods}, {@code GET /api/methods}).
 *
 * @param name the name it is selected by
 * @param description what it does, in one line
 * @param options its options with their defaults and valid ranges
 */
public record MethodDescription(String name, String description, List<MethodOption> options) {
  public MethodDescription {
    options = List.copyOf(options);
  }
}
