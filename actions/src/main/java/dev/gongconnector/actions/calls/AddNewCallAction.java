package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.ParamType;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.calls.AddCallResult;
import dev.gongconnector.client.calls.Direction;
import dev.gongconnector.client.calls.MediaUploadResult;
import dev.gongconnector.client.calls.NewCallParty;
import dev.gongconnector.client.calls.NewCallRequest;
import dev.gongconnector.client.calls.SpeakersTimeline;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code add_new_call}: Gong's {@code POST /v2/calls} with every field, then optionally {@code PUT
 * /v2/calls/{id}/media} for a local file. Everything is validated before the first request,
 * including the media file, so a bad input sends nothing.
 */
public final class AddNewCallAction extends TypedAction<AddNewCallAction.Request> {

  public static final String NAME = "add_new_call";

  /** The parsed parameters; {@code mediaFile} passed the media policy (null: none). */
  public record Request(NewCallRequest call, Path mediaFile, boolean forceUpload) {}

  /**
   * The seed's answer: the call's id and {@code status: Processing} (Gong processes the recording
   * for minutes to hours), whether the {@code client_unique_id} already existed, and what became of
   * the media.
   */
  public record Added(
      String callId,
      String status,
      boolean alreadyExisted,
      String requestId,
      String media,
      String url,
      String mediaRequestId) {

    static Added of(AddCallResult added, String media, String url, String mediaRequestId) {
      return new Added(
          added.callId(),
          "Processing",
          added.alreadyExisted(),
          added.requestId(),
          media,
          url,
          mediaRequestId);
    }
  }

  private final GongClient client;
  private final MediaPolicy media;

  /** Without local media files ({@link MediaPolicy#none()}). */
  public AddNewCallAction(GongClient client) {
    this(client, MediaPolicy.none());
  }

  /** With {@code media_file} allowed as {@code media} says. */
  public AddNewCallAction(GongClient client, MediaPolicy media) {
    super(
        NAME,
        List.of("add-call", "add_call", "add-new-call", "upload_call", "create_call"),
        """
        Add a call recording to Gong (changes data in Gong). Required: client_unique_id (the call's id in \
        your recording system; Gong refuses a second call with the same id, and a retry returns the \
        existing call), actual_start, direction, primary_user (Gong user id of the host) and participants \
        (JSON objects with name, emailAddress, phoneNumber, userId, mediaChannelId 0/1, partyId; the primary \
        user must be one of them, with its userId). Media: give download_media_url (a unique URL Gong \
        downloads the file from, up to 1.5 GB) or media_file (a local file path, uploaded right after the call \
        is created), or neither and upload later with upload_call_media. Returns callId, status \
        (Processing: Gong transcribes and analyses the recording for minutes to hours), alreadyExisted, \
        requestId and, after an upload, the call's url. Run again with the same client_unique_id, it \
        uploads media_file only if the existing call has no media yet (force_upload sends it anyway). \
        Next: upload_call_media when no media was given, get_call with the callId once Gong processed it.""",
        params(),
        true);
    this.client = client;
    this.media = java.util.Objects.requireNonNull(media, "media");
  }

  private static ParamSet params() {
    ObjectNode party = ParamSet.objectSchema();
    ParamSet.property(party, "name", "string", "Display name.");
    ParamSet.property(party, "emailAddress", "string", "Email address.");
    ParamSet.property(party, "phoneNumber", "string", "Phone number, e.g. +1 555-555-1212.");
    ParamSet.property(party, "userId", "string", "Gong user id, for internal participants.");
    ParamSet.property(
            party,
            "mediaChannelId",
            "integer",
            "0 or 1: this party's channel in a stereo recording.")
        .set("enum", Json.array().add(0).add(1));
    ParamSet.property(party, "partyId", "string", "Id used in speakers_timeline.");
    ParamSet.property(
        party, "context", "array", "CRM links: [{system, objects:[{objectType, objectId}]}].");
    party.put("additionalProperties", false);
    ObjectNode timeline = ParamSet.objectSchema();
    ParamSet.property(
        timeline, "precise", "boolean", "Whether segments match the media within 100 ms.");
    ParamSet.property(
        timeline,
        "speechSegments",
        "array",
        "Segments {fromTime, toTime (ms from call start), partyIds:[...]}.");
    return ParamSet.of(
        Param.string(
                "client_unique_id",
                "The call's unique id in the PBX or recording system; Gong uses it "
                    + "to refuse duplicate uploads (at most 2048 characters).")
            .requiredParam()
            .withMaxLength(2048),
        Param.string(
                "actual_start",
                "When the call actually started: ISO-8601 with offset, e.g. "
                    + "2018-02-18T02:30:00-07:00 or 2018-02-18T08:00:00Z.")
            .requiredParam()
            .withFormat("date-time")
            .withAliases("started", "start_time"),
        Param.string("direction", "Inbound, Outbound, Conference or Unknown.")
            .requiredParam()
            .withEnum("Inbound", "Outbound", "Conference", "Unknown"),
        Param.string(
                "primary_user",
                "Gong user id of the team member who hosted the call; must also be "
                    + "the userId of one participant.")
            .requiredParam()
            .withAliases("primary_user_id", "host_user_id")
            .gongId(),
        Param.of(
                "participants",
                ParamType.OBJECT_ARRAY,
                "The call's participants as JSON objects (an array, "
                    + "or a string holding the JSON array).")
            .requiredParam()
            .withItemSchema(party)
            .withAliases("parties"),
        Param.string("call_title", "Title of the call, used by Gong for indexing and search.")
            .withAliases("title"),
        Param.string("purpose", "Purpose of the call, free text up to 255 characters.")
            .withMaxLength(255),
        Param.string(
                "scheduled_start", "When the call was scheduled to begin (ISO-8601 with offset).")
            .withFormat("date-time"),
        Param.string("scheduled_end", "When the call was scheduled to end (ISO-8601 with offset).")
            .withFormat("date-time"),
        Param.number("duration", "Actual duration in seconds, e.g. 125.8.").withRange(0, null),
        Param.string(
                "disposition", "Disposition (outcome) of the call, free text up to 255 characters.")
            .withMaxLength(255)
            .withAliases("sdr_disposition"),
        Param.string("meeting_url", "URL of the conference call by which users join the meeting.")
            .withFormat("uri"),
        Param.string(
                "call_provider_code",
                "Code of the conferencing or telephony system: zoom, clearslide, "
                    + "gotomeeting, ringcentral, outreach, insidesales, ...")
            .withAliases("provider"),
        Param.string(
                "download_media_url",
                "A unique URL Gong downloads the recording from (WAV, MP3, MP4, "
                    + "MKV, FLAC; at most 1.5 GB). Leave out to upload a local media_file instead.")
            .withFormat("uri")
            .withAliases("media_url"),
        Param.string(
                "media_file",
                "Path of a local recording to upload after the call is created (instead "
                    + "of download_media_url); only from the directories the operator allowed "
                    + "(--media-dir).")
            .withAliases("file", "media_path"),
        Param.bool(
            "force_upload",
            "Upload media_file even when the call already existed and Gong has its media."),
        Param.string(
                "workspace_id",
                "Workspace to place the call in (ids from list_workspace_id_options); "
                    + "Gong's default placement otherwise.")
            .withAliases("workspace")
            .gongId(),
        Param.string(
                "language_code",
                "Language for transcription, e.g. en-US, fr-FR; only if sure, Gong "
                    + "detects it otherwise.")
            .withAliases("language"),
        Param.string("custom_data", "Free-text metadata Gong keeps for troubleshooting."),
        Param.of(
                "context",
                ParamType.OBJECT_ARRAY,
                "CRM links of the call: [{\"system\": \"Salesforce\", "
                    + "\"objects\": [{\"objectType\": \"Opportunity\", \"objectId\": \"0060...\"}]}]. Gong supports "
                    + "Salesforce and Generic.")
            .withAliases("crm_context"),
        Param.of(
                "speakers_timeline",
                ParamType.OBJECT,
                "Who spoke when: {precise, speechSegments:[{fromTime, "
                    + "toTime, partyIds}]}; party ids refer to participants' partyId.")
            .withItemSchema(timeline));
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected Request request(Params p) {
    NewCallRequest call = newCall(p);
    if (p.text("download_media_url").isPresent() && p.text("media_file").isPresent()) {
      throw new InvalidParameterException(
          "media_file", "give either download_media_url or media_file, not both");
    }
    Path file = p.text("media_file").map(media::check).orElse(null);
    return new Request(call, file, p.flag("force_upload"));
  }

  /** Builds the client request; every problem names our parameter. */
  static NewCallRequest newCall(Params p) {
    List<NewCallParty> parties = Participants.read(p.node("participants"));
    String primary = p.string("primary_user").strip();
    if (parties.stream().noneMatch(party -> primary.equals(party.userId()))) {
      // Gong requires a party for the primary user; we refuse rather than invent one (its channel
      // is unknown).
      throw new InvalidParameterException(
          "primary_user",
          "no participant has userId "
              + primary
              + " (the "
              + "primary_user); Gong requires the host among the parties: add {\"userId\": \""
              + primary
              + "\", \"name\": ..., \"emailAddress\": ...} to participants");
    }
    NewCallRequest.Builder b =
        NewCallRequest.builder(
                p.string("client_unique_id"),
                p.dateTime("actual_start"),
                Direction.parse(p.string("direction")),
                primary)
            .parties(parties);
    p.text("call_title").ifPresent(b::title);
    p.text("purpose").ifPresent(b::purpose);
    if (p.has("scheduled_start")) b.scheduledStart(p.dateTime("scheduled_start"));
    if (p.has("scheduled_end")) b.scheduledEnd(p.dateTime("scheduled_end"));
    if (p.has("scheduled_start")
        && p.has("scheduled_end")
        && p.dateTime("scheduled_end").isBefore(p.dateTime("scheduled_start"))) {
      throw new InvalidParameterException(
          "scheduled_end", "parameter 'scheduled_end' is before 'scheduled_start'");
    }
    if (p.has("duration")) b.duration(p.doubleValue("duration"));
    p.text("disposition").ifPresent(b::disposition);
    p.text("meeting_url").ifPresent(b::meetingUrl);
    p.text("call_provider_code").ifPresent(b::callProviderCode);
    p.text("download_media_url").ifPresent(b::downloadMediaUrl);
    p.text("workspace_id").ifPresent(b::workspaceId);
    p.text("language_code").ifPresent(b::languageCode);
    p.text("custom_data").ifPresent(b::customData);
    if (p.has("context")) Participants.contexts(p.node("context"), "context").forEach(b::context);
    if (p.has("speakers_timeline")) {
      try {
        b.speakersTimeline(
            Json.mapper().treeToValue(p.node("speakers_timeline"), SpeakersTimeline.class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
        throw new InvalidParameterException(
            "speakers_timeline",
            "parameter 'speakers_timeline' is not "
                + "{precise, speechSegments:[{fromTime, toTime, partyIds}]}: "
                + Participants.firstLine(e.getMessage()));
      }
    }
    return b.build();
  }

  @Override
  protected Added answer(Request r, ProgressListener progress) {
    AddCallResult added = client.calls().add(r.call());
    String callId = added.callId();
    if (r.call().downloadMediaUrl() != null) {
      return Added.of(added, "Gong downloads it from download_media_url", null, null);
    }
    if (r.mediaFile() == null) {
      return Added.of(
          added, "none yet: upload it with upload_call_media and this callId", null, null);
    }
    // Idempotent: a repeated add sends the recording only when Gong has none for the call yet
    // (a first run may have died between the add and the upload).
    if (added.alreadyExisted() && !r.forceUpload() && MediaFiles.hasMedia(client, callId)) {
      return Added.of(
          added,
          "not sent again: the call already has its media (force_upload to resend)",
          null,
          null);
    }
    try {
      MediaUploadResult uploaded = MediaFiles.upload(client, callId, r.mediaFile(), progress);
      return Added.of(added, "uploaded", uploaded.url(), uploaded.requestId());
    } catch (GongException e) {
      // The call exists now; say so, so the agent retries the upload rather than the whole add.
      throw new MediaUploadFailedException(callId, e);
    }
  }
}
