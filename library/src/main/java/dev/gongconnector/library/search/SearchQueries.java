package dev.gongconnector.library.search;

import static dev.gongconnector.library.index.LibraryFields.*;

import dev.gongconnector.library.LibraryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene queries of one {@link SearchRequest}.
 *
 * <p>Three parts: {@link #callText} scores a call over its title, brief, topics, key points,
 * trackers, highlights and whole transcript (BM25, the user's all/any operator); {@link
 * #sentenceText} finds the sentences to show (any of the terms, so a call that matched all words
 * across sentences still shows where each was said); {@link #speakerFilter} restricts sentences to
 * a speaker name or affiliation.
 */
final class SearchQueries {

  final Query callText;
  final Query sentenceText;
  final Query speakerFilter;
  final List<Query> callFilters = new ArrayList<>();

  SearchQueries(SearchRequest request, Analyzer analyzer) {
    if (request.query().isEmpty()) {
      callText = null;
      sentenceText = null;
    } else {
      String[] fields = CALL_TEXT_BOOSTS.keySet().toArray(new String[0]);
      MultiFieldQueryParser callParser =
          new FieldQueryParser(fields, analyzer, CALL_TEXT_BOOSTS, QUERY_FIELDS);
      callParser.setDefaultOperator(
          request.match() == SearchRequest.Match.ALL
              ? QueryParser.Operator.AND
              : QueryParser.Operator.OR);
      callText = parse(callParser, request.query());
      // Sentences: unqualified and transcript: terms search the sentence text; a term on another
      // field matches no sentence.
      Map<String, String> sentenceFields = new HashMap<>(QUERY_FIELDS);
      sentenceFields.put("transcript", TEXT);
      QueryParser sentenceParser =
          new FieldQueryParser(new String[] {TEXT}, analyzer, null, sentenceFields);
      sentenceParser.setDefaultOperator(QueryParser.Operator.OR);
      sentenceText = parse(sentenceParser, request.query());
    }
    speakerFilter = speakerFilter(request, analyzer);
    callFilters.add(new TermQuery(new Term(TYPE, TYPE_CALL)));
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
      long to =
          request.to() == null
              ? Long.MAX_VALUE
              : request.to().toEpochMilli() - 1; // to is exclusive
      callFilters.add(LongPoint.newRangeQuery(STARTED, from, to));
    }
    if (request.workspaceId() != null)
      callFilters.add(new TermQuery(new Term(WORKSPACE_ID, request.workspaceId())));
    if (!request.primaryUserIds().isEmpty()) {
      BooleanQuery.Builder hosts = new BooleanQuery.Builder();
      request
          .primaryUserIds()
          .forEach(id -> hosts.add(new TermQuery(new Term(PRIMARY_USER_ID, id)), Occur.SHOULD));
      callFilters.add(hosts.build());
    }
  }

  /**
   * The sentences to show for a call: matching text and/or the speaker filter; null when neither
   * applies.
   */
  Query sentencesToShow() {
    if (sentenceText == null && speakerFilter == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    // Only sentences: a field-qualified term (title:x) also matches the call document itself.
    b.add(new TermQuery(new Term(TYPE, TYPE_SENTENCE)), Occur.FILTER);
    if (sentenceText != null) b.add(sentenceText, Occur.MUST);
    if (speakerFilter != null) b.add(speakerFilter, Occur.FILTER);
    return b.build();
  }

  private static Query parse(QueryParser parser, String query) {
    try {
      return parser.parse(query);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      throw new LibraryException(
          "query: cannot understand \"" + query + "\": " + firstLine(e.getMessage()), e);
    }
  }

  private static Query speakerFilter(SearchRequest request, Analyzer analyzer) {
    if (!request.hasSpeakerFilter()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(TYPE, TYPE_SENTENCE)), Occur.FILTER);
    if (request.affiliation() != null)
      b.add(new TermQuery(new Term(AFFILIATION, request.affiliation())), Occur.FILTER);
    if (request.speaker() != null) {
      List<String> words = tokens(analyzer, SPEAKER_NAME, request.speaker());
      b.add(
          words.isEmpty()
              ? new MatchNoDocsQuery("no word in speaker name")
              : new PhraseQuery(SPEAKER_NAME, words.toArray(new String[0])),
          Occur.FILTER);
    }
    return b.build();
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static String firstLine(String message) {
    if (message == null) return "syntax error";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
