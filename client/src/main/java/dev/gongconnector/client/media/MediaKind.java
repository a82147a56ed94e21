package dev.gongconnector.client.media;

/** Which recording of a call: its audio, or its video (web conferences only). */
public enum MediaKind {
  AUDIO,
  VIDEO
}
