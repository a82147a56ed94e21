package dev.gongconnector.client.media;

/** Which recording of a call: its audio, or its video (web conferences only). */
public enum MediaKind {
  /** The call's audio recording. */
  AUDIO,
  /** The call's video recording (web conferences only). */
  VIDEO
}
