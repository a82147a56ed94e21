package dev.gongconnector.actions.calls;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.MediaUpload;
import dev.gongconnector.client.calls.MediaUploadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks and uploads local media files ({@code media_file}), streamed by the client. */
final class MediaFiles {

  private MediaFiles() {}

  /**
   * The path, if it is a readable regular file of at most 1.5 GB; else an error naming {@code
   * media_file}.
   */
  static Path check(String value) {
    Path file;
    try {
      file = Path.of(value.strip()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new InvalidParameterException(
          "media_file", "parameter 'media_file' is not a valid path: " + e.getMessage());
    }
    if (!Files.exists(file)) {
      throw new InvalidParameterException(
          "media_file", "parameter 'media_file': no such file " + file);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new InvalidParameterException(
          "media_file", "parameter 'media_file' is not a readable file: " + file);
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new InvalidParameterException(
          "media_file", "parameter 'media_file' cannot be read: " + e.getMessage());
    }
    if (size == 0) {
      throw new InvalidParameterException("media_file", "parameter 'media_file' is empty: " + file);
    }
    if (size > MediaUpload.MAX_BYTES) {
      throw new InvalidParameterException(
          "media_file",
          "parameter 'media_file' is " + size + " bytes; Gong accepts at most 1.5 GB");
    }
    return file;
  }

  static MediaUploadResult upload(
      GongClient client, String callId, Path file, ProgressListener progress) {
    MediaUpload upload =
        MediaUpload.ofFile(file)
            .withProgress((sent, total) -> progress.progress("uploading media", sent, total));
    return client.calls().uploadMedia(callId, upload);
  }
}
