package org.newsum.cleaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * Five scraped news pages about one invented event (a fertiliser train derailing near Norrvik), written by us as
 * test fixtures: wire copy, a regional paper, a national paper, a policy brief and a broadcaster, with the menus,
 * ads, consent forms, share pleas, photo credits and copyright lines that scraping leaves in. Tests of every
 * module use them instead of third-party pages (the test resources {@code org/newsum/cleaning/scraped/}).
 */
public final class ScrapedPages {
  /** The file names, in reading order; each name without {@code .txt} is the document id. */
  public static final List<String> FILES = List.of("000_valley_courier.txt", "001_national_post.txt",
      "002_nordic_wire.txt", "003_policy_brief.txt", "004_radio_north.txt");

  private ScrapedPages() {}

  /** The text of one page. */
  public static String text(String file) {
    try (InputStream in = ScrapedPages.class.getResourceAsStream("scraped/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no scraped page " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The five pages as one cluster (document ids are the file names). */
  public static Cluster cluster() {
    List<Document> docs = new ArrayList<>();
    for (String file : FILES) {
      docs.add(Document.of(file, text(file)));
    }
    return Cluster.of("scraped", docs);
  }

  /** Writes the five pages into {@code dir} (e.g. a test's temporary directory); returns their paths. */
  public static List<Path> copyTo(Path dir) {
    List<Path> paths = new ArrayList<>();
    try {
      for (String file : FILES) {
        paths.add(Files.writeString(dir.resolve(file), text(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }
}
