package org.newsum.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code newsum} command: parses the command line and dispatches to a subcommand. */
@Command(
    name = "newsum",
    mixinStandardHelpOptions = true,
    versionProvider = NewsumCommand.Version.class,
    description = "Multi-document news summarization.")
public final class NewsumCommand implements Runnable {
  /**
   * The subcommands, in help order. Registered in code rather than in {@code @Command}: picocli builds the model of
   * every registered subcommand by reflection, so a run of one subcommand registers only that one (start-up time).
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();
  /** Exit code for bad input or a failed run (usage errors exit with 2). */
  public static final int EXIT_INPUT_ERROR = 1;
  /** Exit code for an unexpected internal error (a bug: please report it). */
  public static final int EXIT_INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input, for the subcommands that read {@code -} (a field so that tests can give their own). */
  private final InputStream stdin;

  private NewsumCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Standard input of this run. */
  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    // Library warnings (e.g. a file read as Latin-1) go to stderr as one "newsum:" line each.
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "newsum: %4$s: %5$s%n");
    }
    // Standard output straight on its file descriptor (System.out would swallow write errors), checked.
    PrintWriter out = new CheckedOutput(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        Charset.defaultCharset())));
    System.exit(run(args, out, new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams; returns the exit code. A failed write to
   * {@code out} (a full disk, {@code /dev/full}) makes the run fail with exit code 1 and a one-line message.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command line with the given input and output streams; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new NewsumCommand(in));
    String first = args.length == 0 ? "" : args[0];
    boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
    SUBCOMMANDS.forEach((name, command) -> {
      if (!one || name.equals(first)) {
        cli.addSubcommand(name, command.get());
      }
    });
    // Subcommands do not inherit the version provider: without this, `newsum summarize -V` printed nothing.
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    // As wide as the terminal (80 columns when it is not one); picocli wraps each description paragraph.
    cli.setUsageHelpAutoWidth(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CheckedOutput.Failed) {
        return EXIT_INPUT_ERROR; // reported below, once
      }
      if (e instanceof NewsumException || e instanceof UncheckedIOException) {
        commandLine.getErr().println("newsum: " + e.getMessage());
        return EXIT_INPUT_ERROR;
      }
      commandLine.getErr().println("newsum: internal error: " + e
          + (System.getenv("NEWSUM_DEBUG") == null ? " (set NEWSUM_DEBUG=1 for the stack trace)" : ""));
      if (System.getenv("NEWSUM_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return EXIT_INTERNAL_ERROR;
    });
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler((e, arguments) -> {
      if (e instanceof MethodSettings.BadSetting) {
        e.getCommandLine().getErr().println(e.getMessage());
        return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
      }
      return usage.handleParseException(e, arguments);
    });
    int exit;
    try {
      exit = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("newsum: out of memory: the input is too large for the Java heap;"
          + " give it more (NEWSUM_JAVA_OPTS=-Xmx4g) or split the input");
      exit = EXIT_INPUT_ERROR;
    }
    String failure = CheckedOutput.failure(out);
    if (failure != null) {
      if (!failure.equals(CheckedOutput.BROKEN_PIPE)) { // a reader that stopped early (| head) needs no message
        err.println("newsum: cannot write to standard output: " + failure + "; the output is incomplete");
      }
      return EXIT_INPUT_ERROR;
    }
    return exit;
  }

  /** The subcommands by name, in help order (one new instance per call of each supplier). */
  static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("summarize", SummarizeCommand::new);
    commands.put("clean", CleanCommand::new);
    commands.put("eval", EvalCommand::new);
    commands.put("rouge", RougeCommand::new);
    commands.put("batch", BatchCommand::new);
    commands.put("stories", StoriesCommand::new);
    commands.put("methods", MethodsCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return commands;
  }

  /** Reports the library's version ({@link Newsum#version()}, the Maven project version). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsum " + Newsum.version()};
    }
  }
}
