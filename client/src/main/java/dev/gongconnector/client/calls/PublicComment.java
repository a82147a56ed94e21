package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * A public comment on a call.
 *
 * @param id comment id
 * @param audioStartTime seconds
 * @param audioEndTime seconds
 * @param commenterUserId the author's user id
 * @param comment the text; may tag people as {@code @[name](userId)}
 * @param posted when posted
 * @param inReplyTo id of the comment answered, or null
 * @param duringCall whether written during the call
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicComment(
    String id,
    Double audioStartTime,
    Double audioEndTime,
    String commenterUserId,
    String comment,
    OffsetDateTime posted,
    String inReplyTo,
    Boolean duringCall) {}
