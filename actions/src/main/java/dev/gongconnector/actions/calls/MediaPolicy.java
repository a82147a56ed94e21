package dev.gongconnector.actions.calls;

import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.client.calls.MediaUpload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which local files {@code media_file} may name: only regular files whose real path (symlinks
 * resolved) lies under one of the directories the operator named, up to a size limit. An agent must
 * not be able to send the machine's files (keys, {@code /etc/shadow}) to Gong, so the default,
 * {@link #none()}, allows no local file at all.
 *
 * <p>A path outside the directories is refused before the file system is asked about it, so the
 * error never tells whether a file exists elsewhere.
 */
public final class MediaPolicy {

  private static final MediaPolicy NONE =
      new MediaPolicy(List.of(), List.of(), MediaUpload.MAX_BYTES);

  private final List<Path> dirs; // real paths
  private final List<Path> named; // as named, absolute: a path through a linked directory
  private final long maxBytes;

  private MediaPolicy(List<Path> dirs, List<Path> named, long maxBytes) {
    this.dirs = List.copyOf(dirs);
    this.named = List.copyOf(named);
    this.maxBytes = maxBytes;
  }

  /** No local media file is allowed (give {@code download_media_url} instead). */
  public static MediaPolicy none() {
    return NONE;
  }

  /**
   * Files under these directories (and their subdirectories), at most 1.5 GB (Gong's limit).
   *
   * @throws IllegalArgumentException when a directory does not exist
   */
  public static MediaPolicy allowing(Collection<Path> directories) {
    List<Path> real = new ArrayList<>();
    List<Path> named = new ArrayList<>();
    for (Path dir : directories) {
      named.add(dir.toAbsolutePath().normalize());
      try {
        Path r = dir.toRealPath();
        if (!Files.isDirectory(r)) throw new IllegalArgumentException("not a directory: " + dir);
        real.add(r);
      } catch (IOException e) {
        throw new IllegalArgumentException("no such media directory: " + dir, e);
      }
    }
    return new MediaPolicy(real, named, MediaUpload.MAX_BYTES);
  }

  /** The same directories with a smaller size limit (never above Gong's 1.5 GB). */
  public MediaPolicy withMaxBytes(long bytes) {
    if (bytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
    return new MediaPolicy(dirs, named, Math.min(bytes, MediaUpload.MAX_BYTES));
  }

  /** The allowed directories (real paths); empty when no local file is allowed. */
  public List<Path> directories() {
    return dirs;
  }

  /** The largest file allowed, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The real path of {@code value} when it is an allowed, readable, non-empty regular file within
   * the size limit; else an error naming {@code media_file}.
   */
  public Path check(String value) {
    if (dirs.isEmpty()) {
      throw invalid(
          "local media files are not enabled here; the operator allows directories with"
              + " --media-dir, or give download_media_url");
    }
    Path file;
    try {
      file = Path.of(value.strip()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw invalid("not a valid path: " + e.getMessage());
    }
    if (!inside(file, dirs) && !inside(file, named)) throw outside(value);
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      throw invalid("no such file " + file);
    } catch (IOException e) {
      throw invalid("cannot be read: " + e.getMessage());
    }
    // A symlink inside a media directory may point anywhere: the target must be inside too.
    if (!inside(real, dirs)) throw outside(value);
    if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
      throw invalid("not a readable file: " + file);
    }
    long size;
    try {
      size = Files.size(real);
    } catch (IOException e) {
      throw invalid("cannot be read: " + e.getMessage());
    }
    if (size == 0) throw invalid("empty: " + file);
    if (size > maxBytes) {
      throw invalid(size + " bytes, more than the limit of " + maxBytes + " bytes");
    }
    return real;
  }

  private static boolean inside(Path path, List<Path> dirs) {
    for (Path dir : dirs) {
      if (path.startsWith(dir)) return true;
    }
    return false;
  }

  private InvalidParameterException outside(String value) {
    return invalid(
        value.strip()
            + " is outside the media directories ("
            + dirs.stream().map(Path::toString).collect(Collectors.joining(", "))
            + "); the operator adds one with --media-dir");
  }

  private static InvalidParameterException invalid(String what) {
    return new InvalidParameterException("media_file", "parameter 'media_file': " + what);
  }
}
