package dev.gongconnector.library.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;

/**
 * Collects, in one pass over the matching sentences of several calls, each call's best {@code k}
 * sentences and how many matched. A sentence's call is the next parent document of its block.
 * Single-threaded: used with an {@code IndexSearcher} without an executor.
 */
final class BestSentences extends SimpleCollector {

  /** One scored sentence document (global doc id). */
  record Scored(int doc, float score) {}

  /** Per call: the best sentences (a min-heap of size k) and the count. */
  static final class PerCall {
    final PriorityQueue<Scored> best =
        new PriorityQueue<>((a, b) -> Float.compare(a.score(), b.score()));
    int count;
  }

  private final BitSetProducer calls;
  private final int k;
  private final boolean scored;
  private final Map<Integer, PerCall> byCall = new HashMap<>();
  private BitSet parents;
  private int docBase;
  private Scorable scorer;

  BestSentences(BitSetProducer calls, int k, boolean scored) {
    this.calls = calls;
    this.k = k;
    this.scored = scored;
  }

  Map<Integer, PerCall> byCall() {
    return byCall;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    parents = calls.getBitSet(context);
    docBase = context.docBase;
  }

  @Override
  public void setScorer(Scorable scorer) {
    this.scorer = scorer;
  }

  @Override
  public void collect(int doc) throws IOException {
    if (parents == null) return;
    int parent = parents.nextSetBit(doc);
    if (parent == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) return;
    PerCall perCall = byCall.computeIfAbsent(docBase + parent, p -> new PerCall());
    perCall.count++;
    // Without a text query every sentence scores alike: keep the earliest ones (lower doc ids).
    float score = scored ? scorer.score() : -doc;
    if (perCall.best.size() < k) {
      perCall.best.add(new Scored(docBase + doc, score));
    } else if (score > perCall.best.peek().score()) {
      perCall.best.poll();
      perCall.best.add(new Scored(docBase + doc, score));
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }
}
