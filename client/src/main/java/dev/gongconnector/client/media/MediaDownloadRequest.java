package dev.gongconnector.client.media;

import dev.gongconnector.client.internal.Check;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to download: a call's audio or video into a file. Made with {@link #builder(String, Path)}.
 *
 * @param callId the call
 * @param out the file to write
 * @param kind audio (default) or video
 * @param overwrite replace an existing file (and an unrelated partial download) instead of refusing
 * @param progress told of progress, or null
 * @param maxAttempts how many times to (re)connect before giving up; each resumes where the last
 *     stopped
 */
public record MediaDownloadRequest(
    String callId,
    Path out,
    MediaKind kind,
    boolean overwrite,
    DownloadProgressListener progress,
    int maxAttempts) {

  /**
   * Checks that {@code out} and {@code kind} are present.
   *
   * @param callId the call
   * @param out the file to write
   * @param kind audio (default) or video
   * @param overwrite replace an existing file (and an unrelated partial download) instead of
   *     refusing
   * @param progress told of progress, or null
   * @param maxAttempts how many times to (re)connect before giving up; each resumes where the last
   *     stopped
   */
  public MediaDownloadRequest {
    callId = Check.required(callId, "callId");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(kind, "kind");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /**
   * A builder of the download of a call's recording into a file.
   *
   * @param callId the Gong call id
   * @param out the file to write
   * @return a new builder
   */
  public static Builder builder(String callId, Path out) {
    return new Builder(callId, out);
  }

  /** Builder: required call id and file first, options after. */
  public static final class Builder {
    private final String callId;
    private final Path out;
    private MediaKind kind = MediaKind.AUDIO;
    private boolean overwrite;
    private DownloadProgressListener progress;
    private int maxAttempts = 5;

    private Builder(String callId, Path out) {
      this.callId = callId;
      this.out = out;
    }

    /**
     * Which recording to download: audio (the default) or video.
     *
     * @param kind the recording
     * @return this builder
     */
    public Builder kind(MediaKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Whether an existing file at the target is replaced (default: refused).
     *
     * @param overwrite whether to replace it
     * @return this builder
     */
    public Builder overwrite(boolean overwrite) {
      this.overwrite = overwrite;
      return this;
    }

    /**
     * Told how the download advances.
     *
     * @param progress the listener
     * @return this builder
     */
    public Builder progress(DownloadProgressListener progress) {
      this.progress = progress;
      return this;
    }

    /**
     * How many times to try, resuming after a broken connection.
     *
     * @param maxAttempts the most attempts
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public MediaDownloadRequest build() {
      return new MediaDownloadRequest(callId, out, kind, overwrite, progress, maxAttempts);
    }
  }
}
