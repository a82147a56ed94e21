package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An e-mail that references the address or number ({@code EmailMessage}).
 *
 * @param from sender
 * @param id id
 * @param sentTime sent (as Gong sends it)
 * @param mailbox mailbox
 * @param messageHash hash
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailMessage(
    String from, String id, String sentTime, String mailbox, String messageHash) {}
