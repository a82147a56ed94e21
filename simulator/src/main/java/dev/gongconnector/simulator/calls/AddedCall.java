package dev.gongconnector.simulator.calls;

/** A call created with {@code POST /v2/calls}; its transcript appears once media arrived. */
final class AddedCall {

    final SimCall call;
    volatile boolean mediaArrived;

    AddedCall(SimCall call, boolean mediaArrived) {
        this.call = call;
        this.mediaArrived = mediaArrived;
    }
}
