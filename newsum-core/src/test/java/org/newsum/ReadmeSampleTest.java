package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.cleaning.ScrapedPages;
import org.newsum.model.Budget;

/**
 * The Java sample of README.md ("Use as a library"), taken from between its markers, compiles with
 * every lint warning an error and runs exactly as printed, on the five {@link ScrapedPages}: the
 * README cannot drift from the API.
 */
class ReadmeSampleTest {
  private static final String BEGIN = "<!-- README sample: begin";
  private static final String END = "<!-- README sample: end -->";

  @Test
  void readmeSampleCompilesAndSummarizesFiles(@TempDir Path dir) throws Exception {
    String source = sample(Files.readString(Path.of(System.getProperty("newsum.repo.root", "."), "README.md")));
    Path src = Files.writeString(Files.createDirectories(dir.resolve("src")).resolve("Summarize.java"), source);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-classpath",
            System.getProperty("java.class.path"), "-d", classes.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src)).call();
    assertThat(compiled).as("README sample does not compile:%n%s", diagnostics).isTrue();

    String[] pages = ScrapedPages.copyTo(Files.createDirectories(dir.resolve("pages"))).stream()
        .map(Path::toString).toArray(String[]::new);
    String out = runMain(classes, pages);

    List<String> lines = out.lines().toList();
    assertThat(lines).isNotEmpty();
    int words = 0;
    for (String line : lines) {
      assertThat(line).contains("  <- ");
      String sentence = line.substring(0, line.indexOf("  <- "));
      String doc = line.substring(line.indexOf("  <- ") + 5, line.lastIndexOf(" ["));
      assertThat(ScrapedPages.text(doc + ".txt")).as("sentence of %s", doc).contains(sentence);
      words += Budget.countWords(sentence);
    }
    assertThat(words).isLessThanOrEqualTo(100);
  }

  /** The code between the markers, inside its {@code ```java} fence. */
  private static String sample(String readme) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("README sample markers").isNotNegative().isLessThan(end);
    String block = readme.substring(begin, end);
    int fence = block.indexOf("```java\n");
    assertThat(fence).as("a ```java block between the markers").isNotNegative();
    return block.substring(fence + "```java\n".length(), block.lastIndexOf("```"));
  }

  private static String runMain(Path classes, String[] args) throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSampleTest.class.getClassLoader())) {
      Method main = loader.loadClass("Summarize").getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } catch (IOException e) {
      throw new AssertionError(e);
    } finally {
      System.setOut(stdout);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
