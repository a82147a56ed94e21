package dev.gongconnector.simulator.calls;

/** Makes the signed, expiring media URLs that {@code /v2/calls/extensive} hands out. */
public interface MediaLinks {

  /** The audio URL of the call. */
  String audioUrl(SimCall call);

  /** The video URL of the call, or null when it has no video. */
  String videoUrl(SimCall call);
}
