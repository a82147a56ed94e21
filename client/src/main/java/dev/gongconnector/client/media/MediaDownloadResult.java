package dev.gongconnector.client.media;

import java.nio.file.Path;

/**
 * A finished download.
 *
 * @param callId the call
 * @param kind audio or video
 * @param path the file written
 * @param bytes its size
 * @param resumedFrom bytes already on disk from an earlier, interrupted run (0 for a fresh start)
 * @param attempts connections made to the media host in this run
 * @param contentType the media host's content type, or null
 */
public record MediaDownloadResult(
    String callId,
    MediaKind kind,
    Path path,
    long bytes,
    long resumedFrom,
    int attempts,
    String contentType) {}
