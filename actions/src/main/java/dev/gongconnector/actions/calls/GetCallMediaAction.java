package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.media.DownloadProgressListener;
import dev.gongconnector.client.media.MediaDownloadRequest;
import dev.gongconnector.client.media.MediaDownloadResult;
import dev.gongconnector.client.media.MediaKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code get_call_media}: download a call's recording to a local file (resumable). */
public final class GetCallMediaAction extends BaseAction {

  public static final String NAME = "get_call_media";

  private final GongClient client;

  public GetCallMediaAction(GongClient client) {
    super(
        NAME,
        List.of("get-call-media", "download_call_media", "download-media"),
        """
        Download a call's audio (default) or video recording to a local file, streamed, with progress. \
        If an earlier download of the same call stopped, running it again resumes where it stopped \
        (OUT.part). An existing file is never overwritten unless overwrite=true. Answers the path, size \
        and content type. Video exists only for web conferences. Find call ids with search_calls. Next: \
        retrieve_transcripts_of_calls for what was said.""",
        ParamSet.of(
            Param.string("call_id", "The Gong call id.").requiredParam().withAliases("id").gongId(),
            Param.string("out", "The file to write (e.g. call.mp3).")
                .requiredParam()
                .withAliases("output", "file", "path"),
            Param.string("kind", "audio or video.")
                .withEnum("audio", "video")
                .withDefault("audio")
                .withAliases("media"),
            Param.bool("overwrite", "Replace an existing file.").withDefault(false)),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    MediaDownloadResult r =
        client
            .media()
            .download(
                MediaDownloadRequest.builder(p.string("call_id"), Path.of(p.string("out")))
                    .kind(MediaKind.valueOf(p.string("kind").toUpperCase(Locale.ROOT)))
                    .overwrite(p.flag("overwrite"))
                    .progress(throttled(progress))
                    .build());
    ObjectNode data = Json.object();
    data.put("callId", r.callId());
    data.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
    data.put("path", r.path().toString());
    data.put("bytes", r.bytes());
    data.put("resumedFrom", r.resumedFrom());
    Json.putIfPresent(data, "contentType", r.contentType());
    return data;
  }

  /** Progress at most every 256 KB (and at the end): agents and terminals need no more. */
  private static DownloadProgressListener throttled(ProgressListener progress) {
    long[] last = {-1};
    return (done, total) -> {
      if (done == total || last[0] < 0 || done - last[0] >= 256 * 1024) {
        last[0] = done;
        progress.progress("bytes downloaded", done, total);
      }
    };
  }

  @Override
  public List<String> toolsets() {
    return List.of("calls");
  }
}
