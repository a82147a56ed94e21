package dev.gongconnector.actions.calls;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
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
public final class GetCallMediaAction extends TypedAction<GetCallMediaAction.Request> {

  public static final String NAME = "get_call_media";

  /** The parsed parameters. */
  public record Request(String callId, Path out, MediaKind kind, boolean overwrite) {}

  /**
   * What was written where; {@code resumedFrom} is the byte an earlier stopped download reached.
   */
  public record Downloaded(
      String callId, String kind, String path, long bytes, long resumedFrom, String contentType) {}

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
            CommonParams.id("call_id", "The Gong call id."),
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
  protected Request request(Params p) {
    return new Request(
        p.string("call_id"),
        Path.of(p.string("out")),
        MediaKind.valueOf(p.string("kind").toUpperCase(Locale.ROOT)),
        p.flag("overwrite"));
  }

  @Override
  protected Downloaded answer(Request r, ProgressListener progress) {
    MediaDownloadResult d =
        client
            .media()
            .download(
                MediaDownloadRequest.builder(r.callId(), r.out())
                    .kind(r.kind())
                    .overwrite(r.overwrite())
                    .progress(throttled(progress))
                    .build());
    return new Downloaded(
        d.callId(),
        d.kind().name().toLowerCase(Locale.ROOT),
        d.path().toString(),
        d.bytes(),
        d.resumedFrom(),
        d.contentType());
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
