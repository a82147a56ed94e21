package dev.gongconnector.simulator.calls;

import java.util.List;

/**
 * A call participant as {@code /v2/calls/extensive} shows it. {@code speakerId} is what transcripts
 * reference; {@code crmObjectType}/{@code crmObjectId} feed the party's {@code context}.
 */
public record Party(
    String id,
    String emailAddress,
    String name,
    String title,
    String userId,
    String speakerId,
    String affiliation,
    String phoneNumber,
    List<String> methods,
    String crmObjectType,
    String crmObjectId) {}
