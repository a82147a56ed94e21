package dev.gongconnector.library.sync;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.CallLibrary;
import java.nio.file.Path;
import java.time.Instant;

/** A sync in its own process, for the test that kills it: args baseUrl key secret store from. */
public final class SyncMain {

  public static void main(String[] a) {
    GongClient client =
        GongClient.builder().baseUrl(a[0]).credentials(a[1], a[2]).rateLimitPerSecond(0).build();
    SyncResult r =
        CallLibrary.sync(
            Path.of(a[3]),
            client,
            SyncOptions.defaults().withFrom(Instant.parse(a[4])),
            p -> System.out.println("page " + p.pages()));
    System.out.println("done " + r.completed());
  }
}
