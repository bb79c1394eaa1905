package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.summarizers.Summarizers;

/** Every method {@code newsum methods} lists is documented: a row in docs/methods.md, a mention in the README. */
class MethodsDocsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyRegisteredMethodHasARowInMethodsMdAndIsNamedInTheReadme() throws IOException {
    String methods = Files.readString(ROOT.resolve("docs/methods.md"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    String readmeMethods = readme.substring(readme.indexOf("\n## Methods"));
    readmeMethods = readmeMethods.substring(0, readmeMethods.indexOf("\n## ", 1));
    // The names as `newsum methods` lists them: the unindented lines, "name: ..." or "name (the default): ...".
    List<String> listed = CliRun.run("methods").out().lines().filter(l -> !l.startsWith(" "))
        .map(l -> l.split("[: ]", 2)[0]).toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(Summarizers.names());
    for (String name : listed) {
      assertThat(methods).as("docs/methods.md row for %s", name).contains("\n| `" + name + "` |");
      assertThat(readmeMethods).as("README's Methods section names %s", name).contains("`" + name + "`");
    }
  }
}
