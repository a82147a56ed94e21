package dev.gongconnector.client.media;

import dev.gongconnector.client.GongException;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.NotFoundException;
import dev.gongconnector.client.TransportException;
import dev.gongconnector.client.UnexpectedStatusException;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallsService;
import dev.gongconnector.client.calls.ContentSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Downloads a call's recording to a file from the media URL of its extensive data: streamed to disk
 * (64 KB at a time, never whole in memory), with progress, resumable with HTTP {@code Range}
 * (within a run after a dropped connection, and across runs from {@code FILE.part}). From {@code
 * GongClient.media()}. Thread-safe; one download per output file at a time.
 *
 * <p>Media URLs are pre-signed links on another host than the API (Gong: they expire after 8
 * hours); they get no {@code Authorization} header, so the Gong credentials never leave for that
 * host. Each run asks Gong for a fresh URL; an expired one (403) is refreshed once. Whether Gong's
 * media host honours {@code Range} is unconfirmed: if it answers 200 to a range, the download
 * restarts from zero.
 */
public final class MediaService {

  private static final int BUFFER = 64 * 1024;

  private final CallsService calls;
  private final HttpClient http;
  private final Duration timeout;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param calls the calls service
   * @param http the JDK HTTP client to send with
   * @param timeout how long to wait
   */
  public MediaService(CallsService calls, HttpClient http, Duration timeout) {
    this.calls = Objects.requireNonNull(calls);
    this.http = Objects.requireNonNull(http);
    this.timeout = Objects.requireNonNull(timeout);
  }

  /**
   * Downloads as {@code request} says; see the class comment.
   *
   * @param request what to ask for
   * @return what was written
   */
  public MediaDownloadResult download(MediaDownloadRequest request) {
    Path out = request.out().toAbsolutePath();
    PartialFile partial = new PartialFile(out);
    checkTarget(request, out, partial);
    String url = mediaUrl(request);
    long resumedFrom;
    try {
      resumedFrom = partial.size();
    } catch (IOException e) {
      throw new TransportException("Cannot read " + partial.part + ": " + e.getMessage(), e);
    }
    int attempts = 0;
    boolean refreshed = false;
    GongException last = null;
    while (attempts < request.maxAttempts()) {
      attempts++;
      try {
        Step step = attempt(request, url, partial);
        if (step.done) {
          long size = partial.size();
          Files.move(
              partial.part,
              out,
              request.overwrite()
                  ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING}
                  : new StandardCopyOption[0]);
          Files.deleteIfExists(partial.meta);
          return new MediaDownloadResult(
              request.callId(), request.kind(), out, size, resumedFrom, attempts, step.type);
        }
        if (step.expired) {
          if (refreshed) {
            throw new UnexpectedStatusException(
                403, null, List.of(), "The media host refused a fresh media URL (403)", null);
          }
          refreshed = true;
          url = mediaUrl(request);
          attempts--; // a refresh is not a failed attempt
        }
      } catch (IOException e) {
        last =
            new TransportException(
                "Download of the "
                    + request.kind().name().toLowerCase(Locale.ROOT)
                    + " of call "
                    + request.callId()
                    + " stopped (attempt "
                    + attempts
                    + "): "
                    + e.getMessage()
                    + "; run again to resume from "
                    + partial.part.getFileName(),
                e);
        pause(attempts);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException("Interrupted during the download; run again to resume", e);
      }
    }
    throw last != null
        ? last
        : new TransportException("Download did not finish in " + attempts + " attempts", null);
  }

  private static void checkTarget(MediaDownloadRequest r, Path out, PartialFile partial) {
    if (Files.isDirectory(out)) {
      throw InvalidRequestException.ofField("out", out + " is a directory; give a file name");
    }
    if (Files.exists(out) && !r.overwrite()) {
      throw InvalidRequestException.ofField(
          "out", out + " already exists; choose another file or allow overwriting");
    }
    if (Files.exists(partial.part) && !partial.belongsTo(r.callId(), r.kind())) {
      if (!r.overwrite()) {
        throw InvalidRequestException.ofField(
            "out",
            partial.part
                + " exists and is not a partial download of this call's "
                + r.kind().name().toLowerCase(Locale.ROOT)
                + "; remove it or allow overwriting");
      }
      try {
        partial.delete();
      } catch (IOException e) {
        throw new TransportException("Cannot remove " + partial.part + ": " + e.getMessage(), e);
      }
    }
  }

  /** A fresh media URL of the call from its extensive data. */
  private String mediaUrl(MediaDownloadRequest r) {
    List<CallData> data =
        calls.extensiveFor(
            List.of(r.callId()),
            ContentSelector.builder().include(ContentSelector.Field.MEDIA).build());
    if (data.isEmpty()) {
      throw new NotFoundException(404, null, List.of(), "No call with id " + r.callId(), null);
    }
    CallData d = data.get(0);
    String url =
        d.media() == null
            ? null
            : r.kind() == MediaKind.VIDEO ? d.media().videoUrl() : d.media().audioUrl();
    if (url == null || url.isBlank()) {
      throw new NotFoundException(
          404,
          null,
          List.of(),
          "Call "
              + r.callId()
              + " has no "
              + r.kind().name().toLowerCase(Locale.ROOT)
              + " URL (video exists only for web conferences; media needs the scope"
              + " api:calls:read:media-url)",
          null);
    }
    return url;
  }

  private record Step(boolean done, boolean expired, String type) {}

  /** One connection: the bytes from where the part file ends, or a verdict. */
  private Step attempt(MediaDownloadRequest r, String url, PartialFile partial)
      throws IOException, InterruptedException {
    long have = partial.size();
    String etag = partial.etag();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
    if (have > 0) {
      b.header("Range", "bytes=" + have + "-");
      if (etag != null) {
        b.header("If-Range", etag);
      }
    }
    // Never an Authorization header: the URL is pre-signed and on another host.
    HttpResponse<InputStream> resp =
        http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    int status = resp.statusCode();
    String type = resp.headers().firstValue("Content-Type").orElse(null);
    try (InputStream in = resp.body()) {
      if (status == 403) {
        return new Step(false, true, type);
      }
      if (status == 416 && have > 0) {
        long total = totalFromContentRange(resp.headers().firstValue("Content-Range").orElse(null));
        if (total == have) {
          return new Step(true, false, type); // already complete
        }
        partial.delete();
        throw new IOException("the media host refused the resume point; starting over");
      }
      if (status != 200 && status != 206) {
        if (status >= 500) {
          throw new IOException("the media host answered " + status);
        }
        throw new UnexpectedStatusException(
            status,
            null,
            List.of(),
            "The media host answered " + status + " for the recording",
            null);
      }
      boolean append = status == 206;
      long start =
          append
              ? startFromContentRange(resp.headers().firstValue("Content-Range").orElse(null))
              : 0;
      if (append && start != have) {
        partial.delete();
        throw new IOException("the media host resumed at " + start + " instead of " + have);
      }
      long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
      long total = length < 0 ? -1 : (append ? have : 0) + length;
      partial.write(r.callId(), r.kind(), resp.headers().firstValue("ETag").orElse(null), total);
      long done = append ? have : 0;
      try (OutputStream os =
          Files.newOutputStream(
              partial.part,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
        byte[] buf = new byte[BUFFER];
        int n;
        if (r.progress() != null) {
          r.progress().progress(done, total);
        }
        while ((n = in.read(buf)) >= 0) {
          os.write(buf, 0, n);
          done += n;
          if (r.progress() != null) {
            r.progress().progress(done, total);
          }
        }
      }
      if (total >= 0 && done != total) {
        throw new IOException("the connection closed after " + done + " of " + total + " bytes");
      }
      return new Step(true, false, type);
    }
  }

  static long startFromContentRange(String header) {
    // "bytes 100-199/200"
    if (header == null || !header.startsWith("bytes ")) {
      return -1;
    }
    try {
      return Long.parseLong(header.substring(6, header.indexOf('-')).strip());
    } catch (RuntimeException e) {
      return -1;
    }
  }

  static long totalFromContentRange(String header) {
    // "bytes */200" or "bytes 0-1/200"
    if (header == null || header.indexOf('/') < 0) {
      return -1;
    }
    try {
      return Long.parseLong(header.substring(header.indexOf('/') + 1).strip());
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 4)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
