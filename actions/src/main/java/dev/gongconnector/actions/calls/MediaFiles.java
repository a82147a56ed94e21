package dev.gongconnector.actions.calls;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallMedia;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.MediaUpload;
import dev.gongconnector.client.calls.MediaUploadResult;
import java.nio.file.Path;
import java.util.List;

/** Uploads local media files ({@code media_file}), streamed by the client. */
final class MediaFiles {

  private MediaFiles() {}

  /**
   * Whether Gong already has the call's media: its extensive data carries media URLs only once a
   * recording arrived (uploaded, or fetched from download_media_url).
   */
  static boolean hasMedia(GongClient client, String callId) {
    ContentSelector media = ContentSelector.builder().include(ContentSelector.Field.MEDIA).build();
    for (CallData call : client.calls().extensiveFor(List.of(callId), media)) {
      CallMedia m = call.media();
      if (m != null && (m.audioUrl() != null || m.videoUrl() != null)) return true;
    }
    return false;
  }

  static MediaUploadResult upload(
      GongClient client, String callId, Path file, ProgressListener progress) {
    MediaUpload upload =
        MediaUpload.ofFile(file)
            .withProgress((sent, total) -> progress.progress("uploading media", sent, total));
    return client.calls().uploadMedia(callId, upload);
  }
}
