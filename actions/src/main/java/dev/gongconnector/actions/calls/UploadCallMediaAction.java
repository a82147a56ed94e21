package dev.gongconnector.actions.calls;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.MediaUploadResult;
import java.nio.file.Path;
import java.util.List;

/** {@code upload_call_media}: Gong's {@code PUT /v2/calls/{id}/media} for a local file. */
public final class UploadCallMediaAction extends TypedAction<UploadCallMediaAction.Request> {

  public static final String NAME = "upload_call_media";

  /** The parsed parameters; {@code file} passed the media policy. */
  public record Request(String callId, Path file) {}

  /** The call the recording went to, its page in Gong and the size sent. */
  public record Uploaded(String callId, String url, String requestId, long bytes) {}

  private final GongClient client;
  private final MediaPolicy media;

  /** Without local media files ({@link MediaPolicy#none()}): every upload is refused. */
  public UploadCallMediaAction(GongClient client) {
    this(client, MediaPolicy.none());
  }

  /** With {@code media_file} allowed as {@code media} says. */
  public UploadCallMediaAction(GongClient client, MediaPolicy media) {
    super(
        NAME,
        List.of("upload-call-media", "upload_media", "upload-media"),
        """
        Upload the recording of a call added with add_new_call without download_media_url (changes data in \
        Gong). media_file is a local path (WAV, MP3, MP4, MKV, FLAC, ...; at most 1.5 GB), streamed to \
        Gong. Only files under the directories the operator allowed (--media-dir) are accepted. Returns \
        callId, url (the call's page in Gong) and requestId. \
        Next: get_call with the call id once Gong has processed the recording.""",
        ParamSet.of(
            CommonParams.id("call_id", "The callId returned by add_new_call."),
            Param.string(
                    "media_file",
                    "Path of the local recording, in a directory the operator allowed (--media-dir).")
                .requiredParam()
                .withAliases("file", "media_path")),
        true);
    this.client = client;
    this.media = java.util.Objects.requireNonNull(media, "media");
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.string("call_id").strip(), media.check(p.string("media_file")));
  }

  @Override
  protected Uploaded answer(Request r, ProgressListener progress) {
    MediaUploadResult result = MediaFiles.upload(client, r.callId(), r.file(), progress);
    return new Uploaded(
        result.callId(), result.url(), result.requestId(), r.file().toFile().length());
  }
}
