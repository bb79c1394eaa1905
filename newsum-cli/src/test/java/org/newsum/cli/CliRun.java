package org.newsum.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the {@code newsum} command line inside the test JVM, with what it printed.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exit, String out, String err) {
  static CliRun run(String... args) {
    return withStdin("", args);
  }

  /** A run with {@code stdin} (UTF-8) as standard input. */
  static CliRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = NewsumCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exit, out.toString(), err.toString());
  }
}
