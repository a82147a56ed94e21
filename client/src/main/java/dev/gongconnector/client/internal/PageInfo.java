package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Gong's {@code records} object of list answers; {@code cursor} only when more records follow.
 *
 * @param totalRecords total of the range
 * @param currentPageSize records on this page
 * @param currentPageNumber page number (0-based in the docs' examples)
 * @param cursor next page's cursor, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageInfo(
    Integer totalRecords, Integer currentPageSize, Integer currentPageNumber, String cursor) {}
