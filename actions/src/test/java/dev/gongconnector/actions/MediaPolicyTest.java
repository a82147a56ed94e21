package dev.gongconnector.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.actions.calls.MediaPolicy;
import dev.gongconnector.actions.params.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which local files {@code media_file} may name: the operator's directories, real paths, a limit.
 */
class MediaPolicyTest {

  @TempDir Path root;

  @Test
  void noDirectoryMeansNoLocalFile() throws IOException {
    Path file = Files.write(root.resolve("a.mp3"), new byte[10]);
    assertRefused(MediaPolicy.none(), file.toString(), "not enabled");
  }

  @Test
  void acceptsFilesUnderANamedDirectoryAndItsSubdirectories() throws IOException {
    Path media = Files.createDirectories(root.resolve("media/2026"));
    Path file = Files.write(media.resolve("a.mp3"), new byte[10]);
    MediaPolicy policy = MediaPolicy.allowing(List.of(root.resolve("media")));
    assertThat(policy.check(file.toString())).isEqualTo(file.toRealPath());
  }

  @Test
  void refusesSystemFilesAndEscapesWithoutSayingWhetherTheyExist() throws IOException {
    Path media = Files.createDirectories(root.resolve("media"));
    MediaPolicy policy = MediaPolicy.allowing(List.of(media));
    for (String path :
        List.of("/etc/passwd", "/etc/shadow", media + "/../../etc/passwd", "/no/such/file")) {
      assertRefused(policy, path, "outside the media directories");
    }
  }

  @Test
  void followsSymlinksAndRefusesATargetOutside() throws IOException {
    Path media = Files.createDirectories(root.resolve("media"));
    Path secret = Files.write(root.resolve("secret.key"), new byte[10]);
    Files.createSymbolicLink(media.resolve("call.mp3"), secret);
    Files.createSymbolicLink(media.resolve("etc"), Path.of("/etc"));
    MediaPolicy policy = MediaPolicy.allowing(List.of(media));
    assertRefused(policy, media.resolve("call.mp3").toString(), "outside the media directories");
    assertRefused(policy, media.resolve("etc/passwd").toString(), "outside the media directories");
  }

  @Test
  void aDirectoryNamedThroughALinkWorks() throws IOException {
    Path real = Files.createDirectories(root.resolve("real"));
    Path link = Files.createSymbolicLink(root.resolve("link"), real);
    Path file = Files.write(real.resolve("a.mp3"), new byte[10]);
    MediaPolicy policy = MediaPolicy.allowing(List.of(link));
    assertThat(policy.check(link.resolve("a.mp3").toString())).isEqualTo(file.toRealPath());
  }

  @Test
  void enforcesTheSizeLimitAndRefusesEmptyFiles() throws IOException {
    MediaPolicy policy = MediaPolicy.allowing(List.of(root)).withMaxBytes(100);
    Path big = Files.write(root.resolve("big.mp3"), new byte[101]);
    Path empty = Files.write(root.resolve("empty.mp3"), new byte[0]);
    assertRefused(policy, big.toString(), "more than the limit of 100 bytes");
    assertRefused(policy, empty.toString(), "empty");
    assertThat(policy.check(Files.write(root.resolve("ok.mp3"), new byte[100]).toString()))
        .isNotNull();
  }

  @Test
  void aMissingDirectoryIsTheOperatorsError() {
    assertThatThrownBy(() -> MediaPolicy.allowing(List.of(root.resolve("nope"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such media directory");
  }

  private static void assertRefused(MediaPolicy policy, String path, String why) {
    assertThatThrownBy(() -> policy.check(path))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining(why)
        .extracting(e -> ((InvalidParameterException) e).parameter())
        .isEqualTo("media_file");
  }
}
