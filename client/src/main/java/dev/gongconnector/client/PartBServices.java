package dev.gongconnector.client;

import dev.gongconnector.client.access.AccessService;
import dev.gongconnector.client.calls.CallsService;
import dev.gongconnector.client.crm.CrmService;
import dev.gongconnector.client.flows.FlowsService;
import dev.gongconnector.client.internal.Transport;
import dev.gongconnector.client.media.MediaService;
import dev.gongconnector.client.privacy.PrivacyService;
import java.net.http.HttpClient;

/**
 * The services of issue 11 part B (CRM, flows, access and audit, privacy look-ups, media download),
 * made once per client and kept apart from GongClient.
 */
final class PartBServices {

  final CrmService crm;
  final FlowsService flows;
  final AccessService access;
  final PrivacyService privacy;
  final MediaService media;

  PartBServices(Transport transport, CallsService calls, HttpClient http, GongConfig config) {
    this.crm = new CrmService(transport);
    this.flows = new FlowsService(transport);
    this.access = new AccessService(transport);
    this.privacy = new PrivacyService(transport);
    this.media = new MediaService(calls, http, config.requestTimeout());
  }
}
