package org.newsum.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code newsum} command line inside the test JVM, with what it printed.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exit, String out, String err) {
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = NewsumCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exit, out.toString(), err.toString());
  }
}
