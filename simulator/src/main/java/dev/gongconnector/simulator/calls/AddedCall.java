package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Ids;

/**
 * A call created with {@code POST /v2/calls}; its transcript appears once media arrived. Start time
 * and id never change (they are the listing key); when media arrives for a call added without a
 * duration, the call gets one, as Gong measures it from the recording.
 */
final class AddedCall {

  volatile SimCall call;
  volatile boolean mediaArrived;

  AddedCall(SimCall call, boolean mediaArrived) {
    this.call = call;
    if (mediaArrived) {
      arrive();
    }
  }

  synchronized void arrive() {
    SimCall c = call;
    if (c.duration() == 0) {
      int seconds = 180 + (int) Math.floorMod(Ids.mix(c.id()), 720L);
      call =
          new SimCall(
              c.id(),
              c.startedMillis(),
              c.scheduledMillis(),
              seconds,
              c.title(),
              c.primaryUserId(),
              c.direction(),
              c.system(),
              c.scope(),
              c.media(),
              c.language(),
              c.workspaceId(),
              c.sdrDisposition(),
              c.clientUniqueId(),
              c.customData(),
              c.purpose(),
              c.meetingUrl(),
              c.isPrivate(),
              c.calendarEventId(),
              c.parties(),
              c.account(),
              c.scenario(),
              true,
              c.contentSeed());
    }
    mediaArrived = true;
  }
}
