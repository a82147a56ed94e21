package dev.gongconnector.library.search;

import dev.gongconnector.library.index.LibraryFields;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax over the library's call fields, where a field a user names ({@code
 * title:pricing}, {@code account:"Acme Corp"}, {@code title:[a TO m]}) must be one of {@link
 * LibraryFields#QUERY_FIELDS}; any other name is a {@link ParseException} that lists the supported
 * ones. Without this, an unknown field searched nothing and a range on a text field failed deep
 * inside the search with a NullPointerException.
 */
final class FieldQueryParser extends MultiFieldQueryParser {

  private final Map<String, String> rename;

  /**
   * @param fields the fields an unqualified term searches, with their boosts (null = no boosts)
   * @param rename user field name (lower case) to index field; {@code transcript} may map to the
   *     sentence text
   */
  FieldQueryParser(
      String[] fields, Analyzer analyzer, Map<String, Float> boosts, Map<String, String> rename) {
    super(fields, analyzer, boosts);
    this.rename = rename;
  }

  private String field(String field) throws ParseException {
    // Index field names come back here when the parent expands an unqualified term.
    if (field == null || rename.containsValue(field)) return field;
    String mapped = rename.get(field.toLowerCase(Locale.ROOT));
    if (mapped == null) {
      throw new ParseException(
          "unknown field '"
              + field
              + "'; a query may name these fields: "
              + LibraryFields.QUERY_FIELD_LIST
              + " (e.g. title:pricing, account:\"Acme Corp\", title:[a TO m])");
    }
    return mapped;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return super.getFieldQuery(field(field), queryText, slop);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return super.getFieldQuery(field(field), queryText, quoted);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return super.getFuzzyQuery(field(field), termStr, minSimilarity);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return super.getPrefixQuery(field(field), termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return super.getWildcardQuery(field(field), termStr);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return super.getRegexpQuery(field(field), termStr);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    return super.getRangeQuery(field(field), part1, part2, startInclusive, endInclusive);
  }
}
