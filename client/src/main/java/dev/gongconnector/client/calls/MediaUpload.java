package dev.gongconnector.client.calls;

import dev.gongconnector.client.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A recording to upload with {@code PUT /v2/calls/{id}/media}: a file (replayable, so retried on
 * failure) or an {@code InputStream} of known length (sent once, never retried). Streamed, never
 * held in memory.
 */
public final class MediaUpload {

  /** Gong's documented maximum media size: 1.5 GB. */
  public static final long MAX_BYTES = 1536L * 1024 * 1024;

  private final Path file;
  private final Supplier<InputStream> stream;
  private final long length;
  private final String fileName;
  private final String contentType;
  private final UploadProgressListener progress;

  private MediaUpload(
      Path file,
      Supplier<InputStream> stream,
      long length,
      String fileName,
      String contentType,
      UploadProgressListener progress) {
    if (length < 0) {
      throw InvalidRequestException.ofField("mediaFile", "length must be >= 0, was " + length);
    }
    if (length > MAX_BYTES) {
      throw InvalidRequestException.ofField(
          "mediaFile", "is " + length + " bytes; Gong accepts at most 1.5 GB");
    }
    this.file = file;
    this.stream = stream;
    this.length = length;
    this.fileName =
        fileName == null || fileName.isBlank() ? "media" : fileName.replaceAll("[\"\\r\\n]", "_");
    this.contentType = contentType == null ? guessType(this.fileName) : contentType;
    this.progress = progress;
  }

  /**
   * {@return a file (WAV, MP3, MP4, MKV, FLAC, ...): replayable, so it can be retried}
   *
   * @param file the local file
   */
  public static MediaUpload ofFile(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw InvalidRequestException.ofField("mediaFile", "is not a readable file: " + file);
    }
    try {
      return new MediaUpload(
          file, null, Files.size(file), file.getFileName().toString(), null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return a stream of exactly {@code length} bytes, read once: the upload is not retried if it
   * fails part-way (the stream cannot be replayed). The caller owns the stream and closes it after
   * the upload}
   *
   * @param length the size in bytes
   * @param fileName the file name sent to Gong
   * @param in the recording, read once
   */
  public static MediaUpload ofStream(InputStream in, long length, String fileName) {
    Objects.requireNonNull(in, "in");
    return new MediaUpload(null, () -> in, length, fileName, null, null);
  }

  /**
   * {@return the same upload reporting progress to {@code listener}}
   *
   * @param listener told how the work advances
   */
  public MediaUpload withProgress(UploadProgressListener listener) {
    return new MediaUpload(file, stream, length, fileName, contentType, listener);
  }

  /**
   * {@return the same upload with an explicit content type (default guessed from the file name)}
   *
   * @param type the MIME type
   */
  public MediaUpload withContentType(String type) {
    return new MediaUpload(file, stream, length, fileName, type, progress);
  }

  /** {@return the file, or null for a stream} */
  public Path file() {
    return file;
  }

  /**
   * Opens the stream source (only for stream uploads).
   *
   * @return a supplier of the stream
   */
  public Supplier<InputStream> stream() {
    return stream;
  }

  /** {@return whether the body can be sent again after a failure (true for files)} */
  public boolean replayable() {
    return file != null;
  }

  /** {@return the size of the recording in bytes} */
  public long length() {
    return length;
  }

  /** {@return the file name sent to Gong} */
  public String fileName() {
    return fileName;
  }

  /** {@return the MIME type sent to Gong} */
  public String contentType() {
    return contentType;
  }

  /** {@return the progress listener, or null} */
  public UploadProgressListener progress() {
    return progress;
  }

  private static String guessType(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith(".mp3")) {
      return "audio/mpeg";
    } else if (n.endsWith(".wav")) {
      return "audio/wav";
    } else if (n.endsWith(".flac")) {
      return "audio/flac";
    } else if (n.endsWith(".mp4")) {
      return "video/mp4";
    } else if (n.endsWith(".mkv")) {
      return "video/x-matroska";
    } else if (n.endsWith(".m4a")) {
      return "audio/mp4";
    }
    return "application/octet-stream";
  }

  @Override
  public String toString() {
    return "MediaUpload["
        + fileName
        + ", "
        + length
        + " bytes, "
        + contentType
        + (replayable() ? ", file" : ", stream")
        + "]";
  }
}
