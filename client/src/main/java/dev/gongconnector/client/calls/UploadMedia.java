package dev.gongconnector.client.calls;

import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.MediaEnvelope;
import dev.gongconnector.client.internal.Multipart;
import dev.gongconnector.client.internal.Transport;

/**
 * {@code PUT /v2/calls/{id}/media}: a streamed multipart upload; only a file (replayable) is
 * retried.
 */
final class UploadMedia {

  private final Transport transport;

  UploadMedia(Transport transport) {
    this.transport = transport;
  }

  MediaUploadResult upload(String callId, MediaUpload media) {
    String id = Check.required(callId, "callId");
    Multipart body = new Multipart(media);
    ApiRequest request =
        new ApiRequest(
            "PUT",
            "/v2/calls/" + Bodies.segment(id) + "/media",
            body::publisher,
            body.contentType(),
            media.replayable(),
            transport.config().uploadTimeout());
    MediaEnvelope e = transport.send(request, MediaEnvelope.class);
    return new MediaUploadResult(e.callId() == null ? id : e.callId(), e.url(), e.requestId());
  }
}
