package dev.gongconnector.library.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the library: English stemming for spoken and written text (so "pricing" finds
 * "price" and "competitors" finds "competitor"), plain lower-cased tokens for speaker names.
 *
 * <p>Multi-valued text fields get a large position gap so that a phrase never matches across two
 * sentences or two key points.
 */
public final class LibraryAnalyzer {

  /** Positions between two values of one field: more than any phrase slop a user would type. */
  static final int VALUE_GAP = 100;

  private LibraryAnalyzer() {}

  /** The analyzer for indexing and querying every field of the library. */
  public static Analyzer create() {
    Analyzer names = new NameAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new EnglishTextAnalyzer(),
        Map.of(LibraryFields.SPEAKER_NAME, names, LibraryFields.SPEAKERS, names));
  }

  /** The English chain of {@link EnglishAnalyzer}, plus the value gap. */
  static final class EnglishTextAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new EnglishPossessiveFilter(source);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      result = new PorterStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }
  }

  /** Names: lower-cased words, no stemming, no stop words ("Ann Ng" must stay findable). */
  static final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }
  }
}
