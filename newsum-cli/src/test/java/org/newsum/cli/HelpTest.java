package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import picocli.CommandLine;

/** Help and version output: no description cut mid-sentence, the real version from every command. */
class HelpTest {
  @Test
  void everyDescriptionParagraphIsWholeAndPrintedInFull() {
    String overview = CliRun.run("--help").out();
    for (Map.Entry<String, Supplier<Object>> command : NewsumCommand.subcommands().entrySet()) {
      if (command.getKey().equals("help")) {
        continue;
      }
      String[] paragraphs = new CommandLine(command.getValue().get()).getCommandSpec().usageMessage().description();
      assertThat(paragraphs).as(command.getKey()).isNotEmpty();
      // The overview lists the first paragraph: it must be a whole sentence on its own.
      assertThat(squeeze(overview)).as("newsum --help").contains(squeeze(paragraphs[0]));
      String help = CliRun.run(command.getKey(), "--help").out();
      for (String paragraph : paragraphs) {
        assertThat(paragraph).as("%s: a paragraph that ends mid-sentence", command.getKey()).matches("(?s).*[.!?]\\)?$");
        assertThat(squeeze(help)).as(command.getKey()).contains(squeeze(paragraph));
      }
    }
  }

  @Test
  void everyCommandPrintsTheProjectVersion() {
    assertThat(Newsum.version()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    assertThat(CliRun.run("-V").out().strip()).isEqualTo("newsum " + Newsum.version());
    for (String command : NewsumCommand.subcommands().keySet()) {
      if (!command.equals("help")) {
        CliRun r = CliRun.run(command, "-V");
        assertThat(r.exit()).as(command).isZero();
        assertThat(r.out().strip()).as(command).isEqualTo("newsum " + Newsum.version());
      }
    }
  }

  /** The text without whitespace: picocli wraps lines where it likes. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
