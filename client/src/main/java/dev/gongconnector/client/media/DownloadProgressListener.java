package dev.gongconnector.client.media;

/** Told how far a download is; called from the downloading thread, so keep it quick. */
@FunctionalInterface
public interface DownloadProgressListener {

  /**
   * @param bytesDone bytes in the file so far (a resumed download starts above zero)
   * @param totalBytes the recording's size, or -1 when the media host did not say
   */
  void progress(long bytesDone, long totalBytes);
}
