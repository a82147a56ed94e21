package dev.gongconnector.library.sync;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallContent;
import dev.gongconnector.client.calls.CallContext;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContextField;
import dev.gongconnector.client.calls.ContextObject;
import dev.gongconnector.client.calls.Highlight;
import dev.gongconnector.client.calls.HighlightItem;
import dev.gongconnector.client.calls.KeyPoint;
import dev.gongconnector.client.calls.NamedDuration;
import dev.gongconnector.client.calls.OutlineItem;
import dev.gongconnector.client.calls.OutlineSection;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.calls.Tracker;
import dev.gongconnector.client.calls.TrackerPhrase;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.SpeakerResolver;
import dev.gongconnector.client.transcripts.SpeakerSentence;
import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.LibraryParty;
import dev.gongconnector.library.LibrarySentence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link LibraryCall} from Gong's extensive data and transcript of one call. */
public final class CallMapper {

  private CallMapper() {}

  /**
   * The library's view of a call.
   *
   * @param transcript the call's transcript, or null when Gong has none (yet)
   * @return null when Gong sent no id or no start time (nothing to index it by)
   */
  public static LibraryCall toLibraryCall(CallData data, CallTranscript transcript) {
    Call meta = data.metaData();
    if (meta == null || meta.id() == null) return null;
    Instant started =
        meta.started() != null
            ? meta.started().toInstant()
            : meta.scheduled() != null ? meta.scheduled().toInstant() : null;
    if (started == null) return null;
    CallContent content = data.content();
    List<String> topics = new ArrayList<>();
    List<String> keyPoints = new ArrayList<>();
    List<String> trackers = new ArrayList<>();
    List<String> highlights = new ArrayList<>();
    String brief = null;
    if (content != null) {
      brief = content.brief();
      // Gong lists every topic of the company's model, with 0 s for those not discussed.
      for (NamedDuration t : content.topics()) {
        if (t.duration() != null && t.duration() > 0) add(topics, t.name());
      }
      for (KeyPoint k : content.keyPoints()) add(keyPoints, k.text());
      // Gong lists every tracker of the company with its count, 0 when it did not fire: index only
      // fired trackers and fired phrases, or every call would match every tracker's name.
      for (Tracker t : content.trackers()) {
        if (!fired(t.count())) continue;
        add(trackers, t.name());
        for (TrackerPhrase p : t.phrases()) {
          if (p.count() == null || p.count() > 0) add(trackers, p.phrase());
        }
      }
      for (Highlight h : content.highlights()) {
        add(highlights, h.title());
        for (HighlightItem i : h.items()) add(highlights, i.text());
      }
      for (OutlineSection s : content.outline()) {
        add(highlights, s.section());
        for (OutlineItem i : s.items()) add(highlights, i.text());
      }
    }
    List<String> accounts = crmNames(data.context(), "Account");
    List<String> opportunities = crmNames(data.context(), "Opportunity");
    List<LibraryParty> parties = new ArrayList<>();
    for (Party p : data.parties()) {
      parties.add(
          new LibraryParty(
              p.name() != null ? p.name() : p.emailAddress(),
              p.emailAddress(),
              p.affiliation(),
              p.speakerId(),
              p.userId()));
    }
    List<LibrarySentence> sentences = new ArrayList<>();
    boolean hasTranscript = transcript != null && !transcript.transcript().isEmpty();
    if (hasTranscript) {
      for (SpeakerSentence s : SpeakerResolver.resolve(transcript, data.parties())) {
        if (s.text() == null || s.text().isBlank()) continue;
        sentences.add(
            new LibrarySentence(
                s.speaker().speakerId(),
                s.speaker().name(),
                s.speaker().affiliation(),
                s.start(),
                s.end(),
                s.text()));
      }
    }
    return new LibraryCall(
        meta.id(),
        meta.url(),
        meta.title(),
        started,
        meta.duration() == null ? 0 : meta.duration(),
        meta.workspaceId(),
        meta.primaryUserId(),
        meta.direction(),
        meta.scope(),
        brief,
        topics,
        keyPoints,
        trackers,
        highlights,
        accounts,
        opportunities,
        parties,
        sentences,
        hasTranscript,
        CallJson.write(data));
  }

  private static boolean fired(Integer count) {
    return count != null && count > 0;
  }

  /** The distinct {@code Name} fields of the call's CRM objects of one type (any timing). */
  static List<String> crmNames(List<CallContext> context, String objectType) {
    Set<String> names = new LinkedHashSet<>();
    for (CallContext c : context) {
      for (ContextObject o : c.objects()) {
        if (!objectType.equalsIgnoreCase(o.objectType())) continue;
        for (ContextField f : o.fields()) {
          if ("Name".equalsIgnoreCase(f.name()) && f.value() instanceof String name) {
            if (!name.isBlank()) names.add(name);
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static void add(List<String> out, String value) {
    if (value != null && !value.isBlank()) out.add(value);
  }
}
