package dev.gongconnector.actions.crm;

import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.CrmIntegration;
import java.util.List;

/** The integration id a CRM action uses: the one given, or the company's only integration. */
final class Integrations {

  private Integrations() {}

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
