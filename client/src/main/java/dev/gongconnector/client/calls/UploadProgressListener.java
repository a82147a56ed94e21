package dev.gongconnector.client.calls;

/** Told how many bytes of a media upload have been handed to the network so far. */
@FunctionalInterface
public interface UploadProgressListener {

  /**
   * Called from the HTTP client's thread as the body is sent (keep it cheap).
   *
   * @param bytesSent media bytes sent so far (multipart framing excluded)
   * @param totalBytes the media length
   */
  void onProgress(long bytesSent, long totalBytes);
}
