package dev.gongconnector.library.search;

import static dev.gongconnector.library.index.LibraryFields.*;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Turns the top call documents of a search into {@link SearchHit}s with their highlighted
 * sentences.
 */
final class CallHits {

  /**
   * Marks a match as {@code **term**} (Markdown bold), readable in a terminal and by language
   * models.
   */
  static final String MARK_OPEN = "**";

  static final String MARK_CLOSE = "**";

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final BitSetProducer calls;
  private final SearchQueries q;
  private final SearchRequest request;

  CallHits(
      IndexSearcher searcher,
      Analyzer analyzer,
      BitSetProducer calls,
      SearchQueries q,
      SearchRequest request) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.calls = calls;
    this.q = q;
    this.request = request;
  }

  List<SearchHit> hits(ScoreDoc[] top) throws IOException {
    StoredFields stored = searcher.storedFields();
    int[] callDocs = new int[top.length];
    for (int i = 0; i < top.length; i++) callDocs[i] = top[i].doc;
    Map<String, String[]> callMarks = callHighlights(callDocs);
    List<Document> callDocuments = new ArrayList<>(top.length);
    for (ScoreDoc d : top) callDocuments.add(stored.document(d.doc));
    Map<Integer, BestSentences.PerCall> sentences = sentences(callDocuments);
    Map<Integer, String> marked = highlightSentences(sentences);
    MatchedFields matched = q.callText == null ? null : new MatchedFields(searcher, q.callText);
    List<SearchHit> hits = new ArrayList<>(top.length);
    for (int i = 0; i < top.length; i++) {
      Document call = callDocuments.get(i);
      BestSentences.PerCall perCall = sentences.get(top[i].doc);
      List<SentenceHit> shown = perCall == null ? List.of() : sentenceHits(stored, perCall, marked);
      Number duration = number(call, DURATION);
      hits.add(
          new SearchHit(
              call.get(CALL_ID),
              call.get(TITLE),
              Instant.ofEpochMilli(number(call, STARTED).longValue()),
              call.get(URL),
              duration == null ? 0 : duration.longValue(),
              call.get(WORKSPACE_ID),
              call.get(PRIMARY_USER_ID),
              Float.isNaN(top[i].score) ? 0f : top[i].score,
              callMarks.get(TITLE)[i],
              callMarks.get(BRIEF)[i],
              perCall == null ? 0 : perCall.count,
              shown,
              call.get(CALL_JSON),
              matched == null ? List.of() : matched.of(top[i].doc)));
    }
    return hits;
  }

  /** The matching sentences of the given calls, in one query, grouped by call document. */
  private Map<Integer, BestSentences.PerCall> sentences(List<Document> callDocuments)
      throws IOException {
    Query show = q.sentencesToShow();
    if (show == null || request.sentencesPerCall() == 0 || callDocuments.isEmpty()) return Map.of();
    List<BytesRef> ids = new ArrayList<>(callDocuments.size());
    for (Document d : callDocuments) ids.add(new BytesRef(d.get(CALL_ID)));
    Query query =
        new BooleanQuery.Builder()
            .add(show, Occur.MUST)
            .add(new TermInSetQuery(CALL_ID, ids), Occur.FILTER)
            .build();
    BestSentences collector =
        new BestSentences(calls, request.sentencesPerCall(), q.sentenceText != null);
    searcher.search(query, collector);
    return collector.byCall();
  }

  /** Highlights every shown sentence in one pass; doc id to marked text. */
  private Map<Integer, String> highlightSentences(Map<Integer, BestSentences.PerCall> sentences)
      throws IOException {
    if (q.sentenceText == null || sentences.isEmpty()) return Map.of();
    List<Integer> docs = new ArrayList<>();
    sentences.values().forEach(p -> p.best.forEach(s -> docs.add(s.doc())));
    int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
    String[] marked =
        highlighter(WholeBreakIterator::new)
            .highlightFields(new String[] {TEXT}, q.sentenceText, ids, new int[] {1})
            .get(TEXT);
    Map<Integer, String> out = new HashMap<>();
    for (int i = 0; i < ids.length; i++) if (marked[i] != null) out.put(ids[i], marked[i]);
    return out;
  }

  private static List<SentenceHit> sentenceHits(
      StoredFields stored, BestSentences.PerCall perCall, Map<Integer, String> marked)
      throws IOException {
    List<SentenceHit> out = new ArrayList<>(perCall.best.size());
    for (BestSentences.Scored s : perCall.best) {
      Document d = stored.document(s.doc());
      String text = d.get(TEXT);
      out.add(
          new SentenceHit(
              d.get(SPEAKER_NAME),
              d.get(AFFILIATION),
              number(d, START_MS).longValue(),
              text,
              marked.getOrDefault(s.doc(), text)));
    }
    out.sort(Comparator.comparingLong(SentenceHit::startMs));
    return out;
  }

  private Map<String, String[]> callHighlights(int[] callDocs) throws IOException {
    if (q.callText == null || callDocs.length == 0) {
      return Map.of(TITLE, new String[callDocs.length], BRIEF, new String[callDocs.length]);
    }
    String[] titles =
        highlighter(WholeBreakIterator::new)
            .highlightFields(new String[] {TITLE}, q.callText, callDocs, new int[] {1})
            .get(TITLE);
    String[] briefs =
        highlighter(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
            .highlightFields(new String[] {BRIEF}, q.callText, callDocs, new int[] {1})
            .get(BRIEF);
    return Map.of(TITLE, titles, BRIEF, briefs);
  }

  private UnifiedHighlighter highlighter(java.util.function.Supplier<BreakIterator> breaks) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(breaks)
        .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", false))
        .withMaxNoHighlightPassages(0)
        .build();
  }

  private static Number number(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null ? null : f.numericValue();
  }
}
