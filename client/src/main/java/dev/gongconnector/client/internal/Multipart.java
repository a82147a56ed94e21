package dev.gongconnector.client.internal;

import dev.gongconnector.client.calls.MediaUpload;
import dev.gongconnector.client.calls.UploadProgressListener;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A streamed {@code multipart/form-data} body with one part {@code mediaFile}: framing bytes around
 * the file or stream, concatenated as publishers so the media is never held in memory.
 */
public final class Multipart {

  private final String boundary = "gong-" + UUID.randomUUID();
  private final MediaUpload media;

  public Multipart(MediaUpload media) {
    this.media = media;
  }

  /** The Content-Type header value with the boundary. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * A fresh publisher of the whole body (call once per attempt; a stream can be sent only once).
   */
  public BodyPublisher publisher() {
    byte[] head =
        ("--"
                + boundary
                + "\r\n"
                + "Content-Disposition: form-data; name=\"mediaFile\"; filename=\""
                + media.fileName()
                + "\"\r\n"
                + "Content-Type: "
                + media.contentType()
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    BodyPublisher body;
    if (media.file() != null) {
      try {
        body = BodyPublishers.ofFile(media.file());
      } catch (FileNotFoundException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      // ofInputStream has no length; wrap it so the whole body has a Content-Length.
      body =
          BodyPublishers.fromPublisher(
              BodyPublishers.ofInputStream(media.stream()), media.length());
    }
    if (media.progress() != null) {
      body = new Counting(body, media.length(), media.progress());
    }
    return BodyPublishers.concat(
        BodyPublishers.ofByteArray(head), body, BodyPublishers.ofByteArray(tail));
  }

  /** Counts bytes as the HTTP client pulls them and reports them to a listener. */
  private static final class Counting implements BodyPublisher {
    private final BodyPublisher delegate;
    private final long total;
    private final UploadProgressListener listener;

    Counting(BodyPublisher delegate, long total, UploadProgressListener listener) {
      this.delegate = delegate;
      this.total = total;
      this.listener = listener;
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      AtomicLong sent = new AtomicLong();
      delegate.subscribe(
          new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
              subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
              long n = sent.addAndGet(item.remaining());
              subscriber.onNext(item);
              try {
                listener.onProgress(n, total);
              } catch (RuntimeException ignored) {
                // a failing listener must not break the upload
              }
            }

            @Override
            public void onError(Throwable throwable) {
              subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
              subscriber.onComplete();
            }
          });
    }
  }
}
