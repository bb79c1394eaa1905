package org.newsum.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsum.summarizers.MethodDescription;
import org.newsum.summarizers.MethodOption;
import org.newsum.summarizers.Summarizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsum methods}: lists every summarization method with its options, defaults and ranges. */
@Command(
    name = "methods",
    mixinStandardHelpOptions = true,
    description = {"List the summarization methods (-m) and their options (--set NAME=VALUE) with defaults and valid ranges."})
final class MethodsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // One column for the names, as wide as the longest, so every type, default and range lines up.
    int nameWidth = Summarizers.describe().stream().flatMap(m -> m.options().stream())
        .mapToInt(o -> o.name().length()).max().orElse(0);
    String row = "  %-" + nameWidth + "s %-8s %-8s %-18s %s%n";
    for (MethodDescription method : Summarizers.describe()) {
      out.printf(Locale.ROOT, "%s%s: %s%n", method.name(), method.name().equals(Summarizers.DEFAULT) ? " (the default)" : "",
          method.description());
      for (MethodOption o : method.options()) {
        out.printf(Locale.ROOT, row, o.name(), o.type().name().toLowerCase(Locale.ROOT),
            o.defaultText(), o.range(), o.description());
      }
    }
    out.flush();
    return 0;
  }
}
