package dev.gongconnector.kafka.offsets;

import java.util.Map;

/**
 * Source partitions: one per (company, workspace, stream). The company is the base URL + access key
 * id.
 */
public final class SourcePartitions {

  /** Workspace value of company-wide streams (users) and of a company read without workspaces. */
  public static final String ALL_WORKSPACES = "*";

  private SourcePartitions() {}

  public static Map<String, String> of(String company, String workspace, String stream) {
    return Map.of(
        "company",
        company,
        "workspace",
        workspace == null ? ALL_WORKSPACES : workspace,
        "stream",
        stream);
  }
}
