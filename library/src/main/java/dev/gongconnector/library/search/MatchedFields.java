package dev.gongconnector.library.search;

import static dev.gongconnector.library.index.LibraryFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Which fields of a call matched the query, named as a query may name them ({@code title}, {@code
 * trackers}, {@code account}, ...), so an answer can say that a call matched only on, say, its
 * account name and not in what was said. Uses Lucene's matches API on the call document.
 */
final class MatchedFields {

  /** Index field to the name users see, in the order answers list them. */
  private static final Map<String, String> NAMES =
      Map.of(
          TITLE, "title",
          BRIEF, "brief",
          TOPICS, "topics",
          KEY_POINTS, "keyPoints",
          TRACKERS, "trackers",
          HIGHLIGHTS, "outline",
          ACCOUNT, "account",
          OPPORTUNITY, "opportunity",
          SPEAKERS, "speakers",
          TRANSCRIPT, "transcript");

  private static final List<String> ORDER =
      List.of(
          TRANSCRIPT,
          TITLE,
          BRIEF,
          KEY_POINTS,
          TOPICS,
          TRACKERS,
          HIGHLIGHTS,
          ACCOUNT,
          OPPORTUNITY,
          SPEAKERS);

  private final IndexSearcher searcher;
  private final Weight weight;

  MatchedFields(IndexSearcher searcher, Query callText) throws IOException {
    this.searcher = searcher;
    this.weight =
        searcher.createWeight(searcher.rewrite(callText), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** The matched fields of the call document {@code doc}. */
  List<String> of(int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    if (matches == null) return List.of();
    List<String> seen = new ArrayList<>();
    for (String field : matches) seen.add(field);
    List<String> out = new ArrayList<>();
    for (String field : ORDER) {
      if (seen.contains(field)) out.add(NAMES.get(field));
    }
    return out;
  }
}
