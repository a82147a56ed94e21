package dev.gongconnector.client;

import dev.gongconnector.client.coaching.CoachingService;
import dev.gongconnector.client.internal.Transport;
import dev.gongconnector.client.library.LibraryService;
import dev.gongconnector.client.settings.SettingsService;
import dev.gongconnector.client.stats.StatsService;

/** The read-API services of issue 11 part A, made once per client (kept apart from GongClient). */
final class ReadServices {

  private final SettingsService settings;
  private final StatsService stats;
  private final LibraryService library;
  private final CoachingService coaching;

  ReadServices(Transport transport) {
    this.settings = new SettingsService(transport);
    this.stats = new StatsService(transport);
    this.library = new LibraryService(transport);
    this.coaching = new CoachingService(transport);
  }

  SettingsService settings() {
    return settings;
  }

  StatsService stats() {
    return stats;
  }

  LibraryService library() {
    return library;
  }

  CoachingService coaching() {
    return coaching;
  }
}
