package dev.gongconnector.library.index;

import java.util.Map;

/**
 * Field names of the library index.
 *
 * <p>Every call is one block of documents: one document per transcript sentence followed by the
 * call document (the parent, last in the block as Lucene's block join requires). Every document of
 * the block carries {@link #CALL_ID}, so deleting that term replaces the whole call atomically.
 */
public final class LibraryFields {

  /** Keyword: {@code call} on parent documents, {@code sentence} on children. */
  public static final String TYPE = "type";

  public static final String TYPE_CALL = "call";
  public static final String TYPE_SENTENCE = "sentence";

  /** Keyword, stored, on every document of the block: the upsert key. */
  public static final String CALL_ID = "callId";

  // Call document.
  /** Epoch milliseconds: a point for range filters, doc values for sorting, stored for display. */
  public static final String STARTED = "started";

  public static final String WORKSPACE_ID = "workspaceId";
  public static final String PRIMARY_USER_ID = "primaryUserId";
  public static final String URL = "url";
  public static final String DURATION = "duration";
  public static final String DIRECTION = "direction";
  public static final String SCOPE = "scope";
  public static final String TRANSCRIPT_AVAILABLE = "transcriptAvailable";

  /** Stored only: Gong's JSON of the call's metaData and parties. */
  public static final String CALL_JSON = "callJson";

  public static final String TITLE = "title";
  public static final String BRIEF = "brief";
  public static final String TOPICS = "topics";
  public static final String KEY_POINTS = "keyPoints";
  public static final String TRACKERS = "trackers";
  public static final String HIGHLIGHTS = "highlights";

  /** Names of the CRM accounts linked to the call. */
  public static final String ACCOUNT = "account";

  /** Names of the CRM opportunities linked to the call. */
  public static final String OPPORTUNITY = "opportunity";

  /**
   * All sentences of the call (not stored; the children store them): call-level BM25 over the
   * transcript.
   */
  public static final String TRANSCRIPT = "transcript";

  /** Speaker names of the call (analyzed like names). */
  public static final String SPEAKERS = "speakers";

  // Sentence documents.
  public static final String TEXT = "text";
  public static final String SPEAKER_NAME = "speakerName";
  public static final String AFFILIATION = "affiliation";
  public static final String START_MS = "startMs";
  public static final String END_MS = "endMs";

  /**
   * Call-level text fields searched for relevance, with their boosts: a hit in a title weighs most.
   */
  public static final Map<String, Float> CALL_TEXT_BOOSTS =
      Map.of(
          TITLE, 3.0f,
          BRIEF, 1.5f,
          KEY_POINTS, 1.5f,
          TOPICS, 1.5f,
          TRACKERS, 1.2f,
          HIGHLIGHTS, 1.0f,
          ACCOUNT, 2.0f,
          OPPORTUNITY, 1.5f,
          SPEAKERS, 1.5f,
          TRANSCRIPT, 1.0f);

  /**
   * The field names a query may name ({@code title:pricing}), as users write them, and the index
   * field each searches. Documented in the library README; anything else is refused.
   */
  public static final Map<String, String> QUERY_FIELDS =
      Map.ofEntries(
          Map.entry("title", TITLE),
          Map.entry("brief", BRIEF),
          Map.entry("topics", TOPICS),
          Map.entry("topic", TOPICS),
          Map.entry("keypoints", KEY_POINTS),
          Map.entry("trackers", TRACKERS),
          Map.entry("tracker", TRACKERS),
          Map.entry("outline", HIGHLIGHTS),
          Map.entry("highlights", HIGHLIGHTS),
          Map.entry("account", ACCOUNT),
          Map.entry("opportunity", OPPORTUNITY),
          Map.entry("speakers", SPEAKERS),
          Map.entry("speaker", SPEAKERS),
          Map.entry("transcript", TRANSCRIPT));

  /** The supported names of {@link #QUERY_FIELDS}, for error messages and docs. */
  public static final String QUERY_FIELD_LIST =
      "title, brief, topics, keyPoints, trackers, outline, account, opportunity, speakers,"
          + " transcript";

  private LibraryFields() {}
}
