package org.newsum.internal.stories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsum.internal.text.IntList;
import org.newsum.model.Document;
import org.newsum.stories.ArticleSignature;
import org.newsum.stories.Story;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryOptions;

/**
 * Single-pass story grouping (see {@link StoryGrouper}). An article's unit tf-idf vector ({@link
 * ArticleVectorizer}) looks up candidate stories through an inverted index from term to the open
 * stories whose centroid holds it, using only the article's top {@link StoryOptions#queryTerms}
 * terms: the cost per article is the candidates found, never all stories. Each candidate is
 * scored exactly (cosine of the article and the story's truncated centroid); the article joins the
 * best whose cosine reaches the {@linkplain #required required} one for their time gap (the
 * threshold within the window, rising beyond it), the older story on a tie, else opens a new
 * story. Every {@value #SWEEP_EVERY} articles, stories idle so long behind the latest date seen
 * that no article could join them are retired, and the least recently joined beyond {@link
 * StoryOptions#maxOpenStories}.
 *
 * <p>The open stories are handed out refined ({@link StoryRefiner}): a bounded re-assignment that
 * undoes the order effects of the single pass, then an average-linkage merge of stories whose
 * articles are on average one story ({@link PairLinker}, or {@link StoryMerger} without a pair threshold). The refinement is a view; the state goes on from
 * the single pass. So everything depends only on the feed so far and on the saved state, and one
 * run over a feed and two runs over its halves (the second restoring the first's state) give the
 * same stories.
 */
public final class OnlineStoryGrouper implements StoryGrouper {
  static final int SWEEP_EVERY = 256;

  final StoryOptions options;
  final ArticleVectorizer vectorizer;
  /** Open stories by slot; a retired story's slot is reused. */
  OpenStory[] slots = new OpenStory[256];
  private final IntList freeSlots = new IntList();
  private int openCount;
  /** Term id -> slots of the stories indexed under it (may hold stale entries, dropped when read). */
  private IntList[] postings = new IntList[1024];
  long articlesSeen;
  long storiesOpened;
  int latestDay = OpenStory.NO_DAY;
  private final List<Story> retired = new ArrayList<>();
  private double[] dense = new double[1024];
  /** Per slot: the stamp of the posting list or the article that last saw it (dedup without clearing). */
  private int[] listed = new int[256];
  private int[] candidate = new int[256];
  private int stampNow;
  /** Cosine of the article with the story {@link #bestSlot} chose. */
  private double bestScore;
  private final IntList candidates = new IntList();

  /** Days behind the latest date beyond which no article can join a story (the required cosine exceeds 1). */
  private final double horizonDays;

  OnlineStoryGrouper(StoryOptions options, ArticleVectorizer vectorizer) {
    this.options = options;
    this.vectorizer = vectorizer;
    this.horizonDays = options.timeSlope() == 0 ? Double.POSITIVE_INFINITY
        : options.windowDays() + window(options) * (Math.pow(2, (1 - options.threshold()) / options.timeSlope()) - 1);
  }

  private static int window(StoryOptions options) {
    return Math.max(1, options.windowDays());
  }

  /**
   * The least cosine for an article to join a story {@code gap} days from its dates: {@code base}
   * (the threshold of the pass, the refinement or the merge) within the window, beyond it {@link
   * StoryOptions#timeSlope} more per doubling of the gap in windows, so a strong content match
   * still joins across months while a topical one does not. The rise is scaled by {@code 1 -
   * anchorShare}, the share of the similarity that anchors (names, numbers: {@link
   * ArticleVectorizer#isAnchor}) make: reports that share their event's names stay one story across
   * a gap, while two events of the same kind, which share topic words but not names, stay apart.
   */
  static double required(StoryOptions options, double base, int gap, double anchorShare) {
    int beyond = gap - options.windowDays();
    if (beyond <= 0) {
      return base;
    }
    return base + (1 - anchorShare) * options.timeSlope() * Math.log1p(beyond / (double) window(options)) / Math.log(2);
  }

  /** The share of a positive dot product that anchors contribute (0 when there is none). */
  static double anchorShare(double anchorDot, double dot) {
    return dot <= 0 ? 0 : Math.min(1, anchorDot / dot);
  }

  public static OnlineStoryGrouper create(StoryOptions options) {
    return new OnlineStoryGrouper(options, new ArticleVectorizer(options));
  }

  public static OnlineStoryGrouper restore(Path directory, StoryOptions options) {
    return GroupingState.read(directory, options);
  }

  @Override
  public StoryOptions options() {
    return options;
  }

  @Override
  public String add(Document article) {
    return add(ArticleSignature.of(article, options));
  }

  @Override
  public String add(ArticleSignature article) {
    SparseVector vector = vectorizer.vectorize(article);
    int day = article.date() == null ? OpenStory.NO_DAY : (int) article.date().toEpochDay();
    if (day != OpenStory.NO_DAY && (latestDay == OpenStory.NO_DAY || day > latestDay)) {
      latestDay = day;
    }
    long position = articlesSeen++;
    int slot = bestSlot(vector, day);
    OpenStory story;
    if (slot < 0) {
      slot = open(article.headline());
      story = slots[slot];
    } else {
      story = slots[slot];
      if (article.titled() && bestScore > story.headlineScore) {
        story.headline = article.headline();
        story.headlineScore = bestScore;
      }
    }
    join(slot, new OpenStory.Member(article.id(), vector, day, article.headline(), article.embedding()), position);
    if (articlesSeen % SWEEP_EVERY == 0) {
      sweep();
    }
    return story.id;
  }

  /** The slot of the open story the article joins, -1 for none; its cosine goes to {@link #bestScore}. */
  private int bestSlot(SparseVector vector, int day) {
    int[] ids = vector.ids();
    double[] weights = vector.weights();
    if (ids.length == 0) {
      return -1;
    }
    ensureDense(ids[ids.length - 1] + 1);
    for (int k = 0; k < ids.length; k++) {
      dense[ids[k]] = weights[k];
    }
    collectCandidates(vector);
    int best = -1;
    bestScore = 0;
    for (int c = 0; c < candidates.size(); c++) {
      int slot = candidates.get(c);
      OpenStory story = slots[slot];
      int[] terms = story.centroid.ids();
      double[] ws = story.centroid.weights();
      double dot = 0;
      for (int k = 0; k < terms.length; k++) {
        int t = terms[k];
        if (t < dense.length) {
          dot += dense[t] * ws[k];
        }
      }
      double score = dot / story.centroidNorm;
      int gap = story.gap(day);
      if (score >= options.threshold()
          && (gap <= options.windowDays() || score >= required(options, options.threshold(), gap, anchorShare(story, dot)))
          && (best < 0 || score > bestScore || score == bestScore && story.number < slots[best].number)) {
        best = slot;
        bestScore = score;
      }
    }
    for (int id : ids) {
      dense[id] = 0;
    }
    return best;
  }

  /** The share of the article's (scattered) dot product {@code dot} with the story's centroid that anchors make. */
  private double anchorShare(OpenStory story, double dot) {
    int[] terms = story.centroid.ids();
    double[] ws = story.centroid.weights();
    double anchorDot = 0;
    for (int k = 0; k < terms.length; k++) {
      int t = terms[k];
      if (t < dense.length && dense[t] != 0 && vectorizer.isAnchor(t)) {
        anchorDot += dense[t] * ws[k];
      }
    }
    return anchorShare(anchorDot, dot);
  }

  /** The open stories indexed under the article's top query terms, each once; drops stale postings. */
  private void collectCandidates(SparseVector vector) {
    candidates.clear();
    SparseVector query = SparseVector.top(vector.ids(), vector.weights(), vector.size(), options.queryTerms());
    int articleStamp = nextStamp();
    for (int term : query.ids()) {
      IntList list = term < postings.length ? postings[term] : null;
      if (list == null) {
        continue;
      }
      int listStamp = nextStamp();
      int kept = 0;
      for (int p = 0; p < list.size(); p++) {
        int slot = list.get(p);
        OpenStory story = slots[slot];
        if (story == null || listed[slot] == listStamp || !story.hasTerm(term)) {
          continue; // retired, a duplicate posting, or the term left the centroid
        }
        listed[slot] = listStamp;
        list.set(kept++, slot);
        if (candidate[slot] != articleStamp) {
          candidate[slot] = articleStamp;
          candidates.add(slot);
        }
      }
      list.truncate(kept);
    }
  }

  private int nextStamp() {
    if (stampNow == Integer.MAX_VALUE) {
      Arrays.fill(listed, 0);
      Arrays.fill(candidate, 0);
      stampNow = 0;
    }
    return ++stampNow;
  }

  /** Opens a story; returns its slot. */
  private int open(String title) {
    long number = storiesOpened++;
    OpenStory story = new OpenStory("s" + number, number, List.of(), title, options.threshold());
    story.setCentroid(SparseVector.EMPTY);
    return place(story);
  }

  private void join(int slot, OpenStory.Member member, long position) {
    OpenStory story = slots[slot];
    SparseVector before = story.centroid;
    SparseVector sum = before.plus(member.vector());
    story.setCentroid(SparseVector.top(sum.ids(), sum.weights(), sum.size(), options.centroidTerms()));
    index(slot, before, story.centroid);
    story.addDay(member.day());
    story.lastJoined = position;
    story.members.add(member);
  }

  /** Posts {@code slot} under every term of {@code after} that {@code before} did not hold. */
  private void index(int slot, SparseVector before, SparseVector after) {
    int[] old = before.ids();
    int b = 0;
    for (int term : after.ids()) {
      while (b < old.length && old[b] < term) {
        b++;
      }
      if (b < old.length && old[b] == term) {
        continue;
      }
      if (term >= postings.length) {
        postings = Arrays.copyOf(postings, Math.max(term + 1, 2 * postings.length));
      }
      IntList list = postings[term];
      if (list == null) {
        list = new IntList(4);
        postings[term] = list;
      }
      list.add(slot);
    }
  }

  /** Puts a story into a free slot and the index; returns the slot. */
  int place(OpenStory story) {
    int slot;
    if (freeSlots.size() > 0) {
      slot = freeSlots.get(freeSlots.size() - 1);
      freeSlots.truncate(freeSlots.size() - 1);
    } else {
      slot = openCount;
      if (slot == slots.length) {
        slots = Arrays.copyOf(slots, 2 * slot);
        listed = Arrays.copyOf(listed, 2 * slot);
        candidate = Arrays.copyOf(candidate, 2 * slot);
      }
    }
    slots[slot] = story;
    openCount++;
    index(slot, SparseVector.EMPTY, story.centroid);
    return slot;
  }

  private void sweep() {
    if (latestDay != OpenStory.NO_DAY) {
      for (int slot = 0; slot < slots.length; slot++) {
        OpenStory story = slots[slot];
        if (story != null && story.lastDay != OpenStory.NO_DAY && latestDay - story.lastDay > horizonDays) {
          retire(slot);
        }
      }
    }
    if (openCount > options.maxOpenStories()) {
      List<OpenStory> open = openStories(Comparator.comparingLong(story -> story.lastJoined));
      int excess = openCount - options.maxOpenStories();
      for (int k = 0; k < excess; k++) {
        OpenStory story = open.get(k);
        for (int slot = 0; slot < slots.length; slot++) {
          if (slots[slot] == story) {
            retire(slot);
          }
        }
      }
    }
  }

  private void retire(int slot) {
    retired.add(slots[slot].snapshot());
    slots[slot] = null;
    freeSlots.add(slot);
    openCount--;
  }

  private List<OpenStory> openStories(Comparator<OpenStory> order) {
    List<OpenStory> open = new ArrayList<>(openCount);
    for (OpenStory story : slots) {
      if (story != null) {
        open.add(story);
      }
    }
    open.sort(order);
    return open;
  }

  /** The open stories in the order they were opened. */
  List<OpenStory> open() {
    return openStories(Comparator.comparingLong(story -> story.number));
  }

  @Override
  public List<Story> openStories() {
    return StoryRefiner.refine(open(), options, vectorizer);
  }

  @Override
  public List<Story> drainRetired() {
    List<Story> out = List.copyOf(retired);
    retired.clear();
    return out;
  }

  /** Article id -> the story it was in when the restored state was saved; {@code null} when not restored. */
  Map<String, String> shownAtRestore;

  @Override
  public boolean changedSinceRestore(Story story) {
    return shownAtRestore == null || story.articleIds().stream().anyMatch(id -> !story.id().equals(shownAtRestore.get(id)));
  }

  @Override
  public void save(Path directory) {
    GroupingState.write(this, directory);
  }

  private void ensureDense(int size) {
    if (size > dense.length) {
      dense = Arrays.copyOf(dense, Math.max(size, 2 * dense.length));
    }
  }
}
