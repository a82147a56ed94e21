package dev.gongconnector.library.search;

import static dev.gongconnector.library.index.LibraryFields.*;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ParentChildrenBlockJoinQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/** Turns the top call documents of a search into {@link SearchHit}s with their highlighted sentences. */
final class CallHits {

  /** Marks a match as {@code **term**} (Markdown bold), readable in a terminal and by language models. */
  static final String MARK_OPEN = "**";
  static final String MARK_CLOSE = "**";

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final BitSetProducer calls;
  private final SearchQueries q;
  private final SearchRequest request;

  CallHits(IndexSearcher searcher, Analyzer analyzer, BitSetProducer calls, SearchQueries q, SearchRequest request) {
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
    List<SearchHit> hits = new ArrayList<>(top.length);
    for (int i = 0; i < top.length; i++) {
      Document call = stored.document(top[i].doc);
      TopDocs sentences = sentencesOf(top[i].doc);
      List<SentenceHit> shown = sentenceHits(stored, sentences);
      Number duration = number(call, DURATION);
      hits.add(new SearchHit(
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
          sentences == null ? 0 : (int) sentences.totalHits.value,
          shown));
    }
    return hits;
  }

  private TopDocs sentencesOf(int callDoc) throws IOException {
    Query show = q.sentencesToShow();
    if (show == null || request.sentencesPerCall() == 0) return null;
    return searcher.search(new ParentChildrenBlockJoinQuery(calls, show, callDoc), request.sentencesPerCall());
  }

  private List<SentenceHit> sentenceHits(StoredFields stored, TopDocs sentences) throws IOException {
    if (sentences == null || sentences.scoreDocs.length == 0) return List.of();
    int[] docs = new int[sentences.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) docs[i] = sentences.scoreDocs[i].doc;
    String[] marked = q.sentenceText == null ? new String[docs.length]
        : highlighter(WholeBreakIterator::new)
            .highlightFields(new String[] {TEXT}, q.sentenceText, docs, new int[] {1}).get(TEXT);
    List<SentenceHit> out = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document s = stored.document(docs[i]);
      String text = s.get(TEXT);
      out.add(new SentenceHit(s.get(SPEAKER_NAME), s.get(AFFILIATION), number(s, START_MS).longValue(), text,
          marked[i] == null ? text : marked[i]));
    }
    out.sort(Comparator.comparingLong(SentenceHit::startMs));
    return out;
  }

  private Map<String, String[]> callHighlights(int[] callDocs) throws IOException {
    if (q.callText == null || callDocs.length == 0) {
      return Map.of(TITLE, new String[callDocs.length], BRIEF, new String[callDocs.length]);
    }
    String[] titles = highlighter(WholeBreakIterator::new)
        .highlightFields(new String[] {TITLE}, q.callText, callDocs, new int[] {1}).get(TITLE);
    String[] briefs = highlighter(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
        .highlightFields(new String[] {BRIEF}, q.callText, callDocs, new int[] {1}).get(BRIEF);
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
