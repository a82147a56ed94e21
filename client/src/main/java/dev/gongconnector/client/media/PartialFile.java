package dev.gongconnector.client.media;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * An interrupted download on disk: {@code FILE.part} with the bytes so far and {@code
 * FILE.part.meta} saying whose they are (call, kind, the media host's ETag and size), so a later
 * run resumes only its own download and never appends to an unrelated file.
 */
final class PartialFile {

  final Path part;
  final Path meta;

  PartialFile(Path out) {
    Path abs = out.toAbsolutePath();
    this.part = abs.resolveSibling(abs.getFileName() + ".part");
    this.meta = abs.resolveSibling(abs.getFileName() + ".part.meta");
  }

  /** What the meta file says, or null when there is none or it is unreadable. */
  Properties read() {
    if (!Files.isRegularFile(meta)) {
      return null;
    }
    try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(r);
      return p;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the partial bytes belong to this call and kind. */
  boolean belongsTo(String callId, MediaKind kind) {
    Properties p = read();
    return p != null
        && callId.equals(p.getProperty("callId"))
        && kind.name().equals(p.getProperty("kind"));
  }

  String etag() {
    Properties p = read();
    return p == null ? null : p.getProperty("etag");
  }

  void write(String callId, MediaKind kind, String etag, long size) throws IOException {
    Properties p = new Properties();
    p.setProperty("callId", callId);
    p.setProperty("kind", kind.name());
    if (etag != null) {
      p.setProperty("etag", etag);
    }
    p.setProperty("size", Long.toString(size));
    try (Writer w = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
      p.store(w, "partial download of a Gong call recording; delete with the .part file");
    }
  }

  long size() throws IOException {
    return Files.isRegularFile(part) ? Files.size(part) : 0;
  }

  void delete() throws IOException {
    Files.deleteIfExists(part);
    Files.deleteIfExists(meta);
  }
}
