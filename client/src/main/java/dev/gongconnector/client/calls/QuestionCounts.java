package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Questions asked during a call.
 *
 * @param companyCount by the company's people
 * @param nonCompanyCount by others
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionCounts(Integer companyCount, Integer nonCompanyCount) {}
