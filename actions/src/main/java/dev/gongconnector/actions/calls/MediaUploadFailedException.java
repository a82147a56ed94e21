package dev.gongconnector.actions.calls;

import dev.gongconnector.client.GongException;

/**
 * The call was added but its media upload failed: the envelope keeps Gong's error (status,
 * requestId) and says which call exists, so the upload can be retried with {@code
 * upload_call_media}.
 */
public final class MediaUploadFailedException extends RuntimeException {

  private final String callId;

  public MediaUploadFailedException(String callId, GongException cause) {
    super(
        "call "
            + callId
            + " was created, but uploading its media failed (retry with upload_call_media, "
            + "call_id "
            + callId
            + "): "
            + cause.getMessage(),
        cause);
    this.callId = callId;
  }

  public String callId() {
    return callId;
  }

  public GongException gongCause() {
    return (GongException) getCause();
  }
}
