package dev.gongconnector.kafka;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.workspaces.Workspace;
import dev.gongconnector.kafka.config.GongClients;
import dev.gongconnector.kafka.config.GongSourceConfig;
import dev.gongconnector.kafka.config.TaskAssignment;
import dev.gongconnector.kafka.config.Version;
import dev.gongconnector.kafka.quota.ConnectorSlots;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Connect source for one Gong company: calls with extensive data, transcripts and users,
 * each to its own topic. {@code tasks.max} splits the company's workspaces over tasks; the
 * company's request rate and daily budget are shared by them (see {@link
 * dev.gongconnector.kafka.quota.SlotGate}).
 */
public final class GongSourceConnector extends SourceConnector {

  private static final Logger LOG = LoggerFactory.getLogger(GongSourceConnector.class);

  private Map<String, String> props;
  private GongSourceConfig config;
  private List<String> workspaces;

  @Override
  public String version() {
    return Version.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    this.props = Map.copyOf(props);
    this.config = new GongSourceConfig(props);
    this.workspaces = config.workspaces();
    if (workspaces.isEmpty()
        && (config.streamEnabled("calls") || config.streamEnabled("transcripts"))) {
      try {
        GongClient client = GongClients.forConnector(config);
        // In a slot the tasks keep free: this connector may restart while its tasks run.
        workspaces =
            ConnectorSlots.send(
                    config,
                    GongClients.companyId(client, config),
                    3,
                    () -> client.workspaces().list())
                .stream()
                .map(Workspace::id)
                .toList();
      } catch (GongException e) {
        throw new ConnectException("Cannot list the company's workspaces: " + e.getMessage(), e);
      }
      LOG.info("Gong connector: {} workspaces", workspaces.size());
    }
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    boolean calls = config.streamEnabled("calls") || config.streamEnabled("transcripts");
    return TaskAssignment.split(props, workspaces, calls, config.streamEnabled("users"), maxTasks);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return GongSourceTask.class;
  }

  @Override
  public void stop() {
    // Nothing running outside the tasks.
  }

  @Override
  public ConfigDef config() {
    return GongSourceConfig.CONFIG_DEF;
  }

  /**
   * Checks the keys, then asks Gong once: a bad base URL or wrong credentials are reported before
   * start.
   */
  @Override
  public Config validate(Map<String, String> connectorConfigs) {
    Config result = super.validate(connectorConfigs);
    CredentialCheck.check(connectorConfigs, result);
    return result;
  }

  @Override
  public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
    // Offsets are committed with the records only under Connect's exactly-once mode; we do not
    // claim it.
    return ExactlyOnceSupport.UNSUPPORTED;
  }
}
