package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.internal.SimpleAction;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.CrmIntegration;
import java.util.List;

/**
 * Gong's generic CRM integration: {@code list_crm_integrations}, and the integration id the other
 * CRM actions use (the one given, or the company's only integration).
 */
public final class Integrations {

  /** The answer of {@code list_crm_integrations}. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<CrmIntegration> integrations) {}

  private Integrations() {}

  /** {@code list_crm_integrations}: Gong's generic CRM integration(s). */
  public static Action list(GongClient client) {
    return new SimpleAction<Void>(
            "list_crm_integrations",
            List.of("list-crm-integrations", "crm_integrations"),
            List.of("crm"),
            """
            List the company's generic CRM integration (Gong allows one): its integrationId, name and \
            owner. Other CRM tools (get_crm_schema, get_crm_objects) use this integration by default, so \
            call this only to see which CRM is connected. Takes no parameters. Next: get_crm_schema for \
            the fields, get_crm_objects for accounts and deals.""",
            ParamSet.of(),
            p -> null,
            none -> new Answer(client.crm().integrations()))
        .rows("integrations", CrmIntegration.class);
  }

  /** The {@code integration_id} given, or null; sends nothing. */
  static Long given(Params p) {
    if (!p.has("integration_id")) return null;
    try {
      return Long.parseLong(p.string("integration_id"));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("integration_id", "integration_id must be a number");
    }
  }

  /** {@code given}, else the company's integration (one request). */
  static long resolve(GongClient client, Long given) {
    if (given != null) return given;
    List<CrmIntegration> all = client.crm().integrations();
    if (all.isEmpty()) {
      throw new InvalidParameterException(
          "integration_id", "the company has no generic CRM integration (list_crm_integrations)");
    }
    return all.get(0).integrationId(); // Gong allows one integration at a time
  }
}
