package dev.gongconnector.simulator.http;

import java.io.IOException;

/** Serves one route. Throw {@link ApiException} for Gong-style errors. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request) throws IOException;
}
