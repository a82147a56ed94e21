package dev.gongconnector.library.index;

import static dev.gongconnector.library.index.LibraryFields.*;

import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.LibraryParty;
import dev.gongconnector.library.LibrarySentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Turns a {@link LibraryCall} into its block of Lucene documents: the sentences, then the call. */
public final class CallDocuments {

  private CallDocuments() {}

  /** The block for {@code call}; the call document is last, as block join requires. */
  public static List<Document> block(LibraryCall call) {
    List<Document> block = new ArrayList<>(call.sentences().size() + 1);
    for (LibrarySentence sentence : call.sentences()) {
      block.add(sentence(call.id(), sentence));
    }
    block.add(callDocument(call));
    return block;
  }

  static Document sentence(String callId, LibrarySentence s) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_SENTENCE, Field.Store.NO));
    doc.add(new StringField(CALL_ID, callId, Field.Store.YES));
    doc.add(new TextField(TEXT, s.text(), Field.Store.YES));
    doc.add(new TextField(SPEAKER_NAME, s.speakerName(), Field.Store.YES));
    doc.add(new StringField(AFFILIATION, s.affiliation(), Field.Store.YES));
    doc.add(new NumericDocValuesField(START_MS, s.startMs()));
    doc.add(new StoredField(START_MS, s.startMs()));
    doc.add(new StoredField(END_MS, s.endMs()));
    return doc;
  }

  static Document callDocument(LibraryCall call) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_CALL, Field.Store.NO));
    doc.add(new StringField(CALL_ID, call.id(), Field.Store.YES));
    long started = call.started().toEpochMilli();
    doc.add(new LongPoint(STARTED, started));
    doc.add(new NumericDocValuesField(STARTED, started));
    doc.add(new StoredField(STARTED, started));
    keyword(doc, WORKSPACE_ID, call.workspaceId());
    keyword(doc, PRIMARY_USER_ID, call.primaryUserId());
    keyword(doc, DIRECTION, call.direction());
    keyword(doc, SCOPE, call.scope());
    doc.add(
        new StringField(
            TRANSCRIPT_AVAILABLE, Boolean.toString(call.transcriptAvailable()), Field.Store.YES));
    if (call.url() != null) doc.add(new StoredField(URL, call.url()));
    if (call.callJson() != null) doc.add(new StoredField(CALL_JSON, call.callJson()));
    doc.add(new StoredField(DURATION, call.durationSeconds()));
    text(doc, TITLE, call.title(), true);
    text(doc, BRIEF, call.brief(), true);
    call.topics().forEach(t -> text(doc, TOPICS, t, true));
    call.keyPoints().forEach(t -> text(doc, KEY_POINTS, t, true));
    call.trackers().forEach(t -> text(doc, TRACKERS, t, true));
    call.highlights().forEach(t -> text(doc, HIGHLIGHTS, t, false));
    call.accounts().forEach(t -> text(doc, ACCOUNT, t, true));
    call.opportunities().forEach(t -> text(doc, OPPORTUNITY, t, true));
    // One value per sentence: the analyzer's position gap keeps phrases inside a sentence.
    call.sentences().forEach(s -> text(doc, TRANSCRIPT, s.text(), false));
    Set<String> speakers = new LinkedHashSet<>();
    call.parties().stream().map(LibraryParty::name).filter(Objects::nonNull).forEach(speakers::add);
    call.sentences().stream().map(LibrarySentence::speakerName).forEach(speakers::add);
    speakers.forEach(name -> text(doc, SPEAKERS, name, true));
    return doc;
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) doc.add(new StringField(field, value, Field.Store.YES));
  }

  private static void text(Document doc, String field, String value, boolean stored) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
  }
}
