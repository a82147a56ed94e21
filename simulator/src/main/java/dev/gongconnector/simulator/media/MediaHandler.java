package dev.gongconnector.simulator.media;

import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code PUT /v2/calls/{id}/media}: a {@code multipart/form-data} body whose part {@code mediaFile}
 * is the recording. Streamed through a small window (never held in memory) to {@code mediaDir} or
 * discarded; over the size limit -> 413. Answers 201 {@code {requestId, callId, url}}; unknown call
 * id -> 404 (unconfirmed: Gong documents 400/401/429/500 only). The call's transcript appears
 * afterwards.
 */
public final class MediaHandler {

  private static final long MULTIPART_OVERHEAD = 64 * 1024;

  private final CallStore store;
  private final long maxBytes;
  private final Path dir;

  public MediaHandler(CallStore store, long maxBytes, Path dir) {
    this.store = store;
    this.maxBytes = maxBytes;
    this.dir = dir;
  }

  public Response handle(Request r) throws IOException {
    String id = r.pathParam(0);
    if (!Params.isId(id)) {
      throw ApiException.badRequest("id: '" + Params.shorten(id) + "' is not a numeric call id");
    }
    if (store.find(id) == null) {
      throw ApiException.notFound("Call not found: no call with id " + id);
    }
    String type = r.header("Content-Type");
    String boundary = type == null ? null : MultipartReader.param(type, "boundary");
    if (type == null
        || !type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
        || boundary == null
        || boundary.isEmpty()
        || boundary.length() > 200) {
      throw ApiException.badRequest(
          "Content-Type: expected multipart/form-data with a boundary and a part"
              + " named mediaFile");
    }
    if (r.contentLength() > maxBytes + MULTIPART_OVERHEAD) {
      r.discardBody();
      throw tooLarge();
    }
    MultipartReader reader = new MultipartReader(r.body(), boundary);
    long size = -1;
    try {
      boolean more = reader.start();
      while (more) {
        String name = reader.nextPartName();
        if ("mediaFile".equals(name) && size < 0) {
          size = store(reader, id);
        } else {
          reader.copyPart(OutputStream.nullOutputStream(), MULTIPART_OVERHEAD);
        }
        more = reader.afterDelimiter();
      }
    } catch (MultipartReader.TooLargeException e) {
      r.discardBody();
      throw tooLarge();
    } catch (MultipartReader.MalformedException | java.io.EOFException e) {
      throw ApiException.badRequest("Malformed multipart body: " + e.getMessage());
    }
    if (size < 0) {
      throw ApiException.badRequest("mediaFile: required multipart part is missing");
    }
    if (size == 0) {
      throw ApiException.badRequest("mediaFile: the file is empty");
    }
    store.mediaArrived(id);
    return Response.answer(
        201,
        r,
        g -> {
          g.writeStringField("callId", id);
          g.writeStringField("url", "https://app.gong.io/call?id=" + id);
        });
  }

  private long store(MultipartReader reader, String id) throws IOException {
    if (dir == null) {
      return reader.copyPart(OutputStream.nullOutputStream(), maxBytes);
    }
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "media-" + id + "-", ".part");
    boolean ok = false;
    try (OutputStream out = Files.newOutputStream(tmp)) {
      long n = reader.copyPart(out, maxBytes);
      ok = true;
      return n;
    } finally {
      if (ok) {
        Files.move(
            tmp,
            dir.resolve("media-" + id + ".bin"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private ApiException tooLarge() {
    return new ApiException(
        413, "mediaFile: the upload exceeds the limit of " + maxBytes + " bytes");
  }
}
