package org.newsum.internal.stories;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.documents.DocumentReader;
import org.newsum.model.Document;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryOptions;

/**
 * Opt-in: writes the candidate pairs of a feed's open articles after the pass with their {@link
 * PairFeatures}, one CSV line each (ids, then the {@value PairFeatures#COUNT} features of the terms,
 * then {@link PairFeatures#meaning}'s, NaN without embeddings), for fitting {@link PairModel} offline.
 * Runs only with {@code -Dpairs.feeds=FILE,... -Dpairs.out=DIR} (FILE.pairs.csv in DIR); {@code
 * -Dpairs.set=K=V,...} changes grouping parameters (as {@code --set}).
 */
class PairDumpBenchmark {
  @Test
  void dump() throws IOException {
    String feeds = System.getProperty("pairs.feeds");
    assumeTrue(feeds != null, "set -Dpairs.feeds=FILE,... and -Dpairs.out=DIR");
    StoryOptions options = StoryOptions.DEFAULT;
    for (String setting : System.getProperty("pairs.set", "").split(",")) {
      if (!setting.isBlank()) {
        options = options.with(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
      }
    }
    for (String feed : feeds.split(",")) {
      dump(Path.of(feed), Path.of(System.getProperty("pairs.out"), Path.of(feed).getFileName() + ".pairs.csv"), options);
    }
  }

  private static void dump(Path feed, Path csv, StoryOptions options) throws IOException {
    List<Document> read = new ArrayList<>();
    ArticleJsonl.read(feed, DocumentReader.standard(), read::add, e -> {
      throw e;
    });
    OnlineStoryGrouper grouper = OnlineStoryGrouper.create(options);
    for (Document article : StoryGrouper.feedOrder(read)) {
      grouper.add(article);
    }
    List<OpenStory.Member> members = new ArrayList<>();
    for (OpenStory story : grouper.open()) {
      members.addAll(story.members);
    }
    List<SparseVector> vectors = members.stream().map(OpenStory.Member::vector).toList();
    int terms = 1 + vectors.stream().mapToInt(v -> v.size() == 0 ? 0 : v.ids()[v.size() - 1]).max().orElse(0);
    NearestNeighbours neighbours = NearestNeighbours.find(vectors, terms, options.neighbourTerms(), PairFeatures.NEIGHBOURS);
    PairFeatures features = new PairFeatures(neighbours, vectors.stream().mapToInt(SparseVector::size).toArray());
    float[][] embeddings = members.stream().map(OpenStory.Member::embedding).toArray(float[][]::new);
    PairLinker.Candidates candidates = PairLinker.Candidates.of(neighbours, vectors, embeddings);
    double[] out = new double[PairFeatures.COUNT];
    try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(csv))) {
      for (int k = 0; k < candidates.size(); k++) {
        int i = candidates.first()[k];
        int j = candidates.second()[k];
        features.of(i, j, candidates.cosines()[k], out);
        StringBuilder line = new StringBuilder(members.get(i).id()).append(',').append(members.get(j).id());
        for (double x : out) {
          line.append(',').append(x);
        }
        line.append(',').append(candidates.meaning()[k]);
        writer.println(line);
      }
    }
  }
}
