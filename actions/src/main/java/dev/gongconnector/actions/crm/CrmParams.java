package dev.gongconnector.actions.crm;

import dev.gongconnector.actions.params.Param;

/** Parameters the CRM actions share. */
final class CrmParams {

  private CrmParams() {}

  static Param objectType(boolean required) {
    Param p =
        Param.string(
                "object_type", "CRM object type: ACCOUNT, CONTACT, DEAL (opportunity) or LEAD.")
            .withEnum("ACCOUNT", "CONTACT", "DEAL", "LEAD")
            .withAliases("type");
    return required ? p.requiredParam() : p;
  }

  static Param integrationId() {
    return Param.string(
            "integration_id",
            "The generic CRM integration's id (default: the company's only integration, see"
                + " list_crm_integrations).")
        .withPattern("^[0-9]{1,20}$");
  }
}
