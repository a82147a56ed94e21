package dev.gongconnector.actions.search;

import dev.gongconnector.actions.ProgressListener;

/**
 * Answers {@code search_calls}. The default backend reads Gong's API for every search ({@link
 * GongApiSearchBackend}); a local index (the call library) can answer instead when it covers the
 * range: plug it into {@code ActionRegistry.Builder#searchBackend}.
 *
 * <p>Implementations throw the client's {@code GongException} for Gong failures; the action puts
 * them in the envelope.
 */
public interface CallSearchBackend {

  /** Runs {@code query} and returns the requested page. */
  SearchPage search(SearchQuery query, ProgressListener progress);
}
