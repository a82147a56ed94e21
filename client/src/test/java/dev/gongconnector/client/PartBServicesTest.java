package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.access.CallAccess;
import dev.gongconnector.client.access.LogEntry;
import dev.gongconnector.client.access.LogType;
import dev.gongconnector.client.access.PermissionProfile;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ContextObject;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.crm.CrmIntegration;
import dev.gongconnector.client.crm.CrmObjectType;
import dev.gongconnector.client.crm.ManualAssociation;
import dev.gongconnector.client.flows.FlowAssignment;
import dev.gongconnector.client.privacy.EmailAddressReferences;
import dev.gongconnector.client.privacy.PhoneNumberReferences;
import dev.gongconnector.simulator.GongSimulator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CRM, flows, access and audit, privacy look-ups: the client against the local Gong. */
class PartBServicesTest {

  static GongSimulator sim;
  static GongClient gong;
  static List<CallData> external;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(300).start();
    gong = SimTestSupport.client(sim).build();
    external =
        gong.calls()
            .extensive(
                ExtensiveRequest.builder()
                    .fromDateTime(SimTestSupport.from())
                    .toDateTime(SimTestSupport.to())
                    .contentSelector(
                        ContentSelector.builder()
                            .context(ContextLevel.EXTENDED)
                            .include(ContentSelector.Field.PARTIES)
                            .build())
                    .build())
            .filter(d -> !d.context().isEmpty())
            .collect(Collectors.toList());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    SimTestSupport.reset(sim);
  }

  static Set<String> objectIds(String type) {
    Set<String> ids = new LinkedHashSet<>();
    for (CallData d : external) {
      d.context()
          .forEach(
              c ->
                  c.objects().stream()
                      .filter(o -> o.objectType().equals(type))
                      .map(ContextObject::objectId)
                      .forEach(ids::add));
      d.parties()
          .forEach(
              p ->
                  p.context()
                      .forEach(
                          c ->
                              c.objects().stream()
                                  .filter(o -> o.objectType().equals(type))
                                  .map(ContextObject::objectId)
                                  .forEach(ids::add)));
    }
    return ids;
  }

  @Test
  void crmEntitiesAreTheAccountsOfTheCalls() {
    List<CrmIntegration> integrations = gong.crm().integrations();
    assertThat(integrations).hasSize(1);
    long id = integrations.get(0).integrationId();
    assertThat(gong.crm().schema(id, null)).containsOnlyKeys("ACCOUNT", "CONTACT", "DEAL", "LEAD");
    Set<String> accounts = objectIds("Account");
    assertThat(accounts.size()).isGreaterThan(100); // exercises batching by 100
    Map<String, Map<String, Object>> m = gong.crm().entities(id, CrmObjectType.ACCOUNT, accounts);
    assertThat(m.keySet()).containsExactlyElementsOf(accounts);
    assertThat(m.values()).allSatisfy(f -> assertThat(f).containsKeys("Name", "Industry"));
    Map<String, Map<String, Object>> contacts =
        gong.crm()
            .entities(
                id,
                CrmObjectType.CONTACT,
                List.of(objectIds("Contact").iterator().next(), "003unknown"));
    assertThat(contacts.get("003unknown")).isNull();
    assertThatThrownBy(() -> gong.crm().entities(id + 1, CrmObjectType.DEAL, List.of("x")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> gong.crm().entities(id, CrmObjectType.DEAL, List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("objectsCrmIds");
  }

  @Test
  void manualAssociationsStreamOldestFirst() {
    List<ManualAssociation> all = gong.crm().manualAssociations(null).collect(Collectors.toList());
    assertThat(all).isNotEmpty();
    assertThat(all).extracting(ManualAssociation::created).isSorted();
    List<ManualAssociation> later =
        gong.crm()
            .manualAssociations(all.get(all.size() / 2).created())
            .collect(Collectors.toList());
    assertThat(later.size()).isLessThan(all.size()).isPositive();
  }

  @Test
  void flowsOfAUserAndOfProspects() {
    String email =
        gong.users()
            .list()
            .filter(u -> u.title() != null && u.title().contains("Development"))
            .findFirst()
            .orElseThrow()
            .emailAddress();
    assertThat(gong.flows().list(email, null)).isNotEmpty();
    List<String> contacts = new ArrayList<>(objectIds("Contact"));
    List<FlowAssignment> assigned = gong.flows().forProspects(contacts);
    assertThat(assigned).isNotEmpty();
    assertThat(contacts).containsAll(assigned.stream().map(FlowAssignment::crmProspectId).toList());
    assertThatThrownBy(() -> gong.flows().list("nobody@nowhere.test", null).findFirst())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void accessAndAudit() {
    List<String> ids =
        gong.calls()
            .list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()))
            .map(Call::id)
            .limit(80)
            .toList();
    List<CallAccess> access = gong.access().usersAccess(ids);
    assertThat(access).hasSize(80);
    assertThat(access.stream().mapToInt(a -> a.users().size()).sum()).isPositive();
    List<LogEntry> plays =
        gong.access()
            .logs(LogType.UserCallPlay, SimTestSupport.from(), null)
            .collect(Collectors.toList());
    assertThat(plays).isNotEmpty();
    assertThat(plays.get(0).logRecord()).containsKey("callId");
    assertThat(
            gong.access()
                .logs(
                    LogType.AccessLog,
                    SimTestSupport.from().minusYears(5),
                    SimTestSupport.from().minusYears(4)))
        .isEmpty(); // Gong's 404 for an empty range is an empty stream
    String ws = gong.workspaces().list().get(0).id();
    List<PermissionProfile> profiles = gong.access().permissionProfiles(ws);
    assertThat(profiles).isNotEmpty();
    PermissionProfile p = gong.access().permissionProfile(profiles.get(0).id());
    assertThat(p).isEqualTo(profiles.get(0));
    assertThat(gong.access().permissionProfileUsers(p.id())).isNotEmpty();
    assertThatThrownBy(() -> gong.access().permissionProfile("1"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void privacyLookUps() {
    String email = null;
    String phone = null;
    for (CallData d : external) {
      for (var p : d.parties()) {
        if ("External".equals(p.affiliation()) && p.emailAddress() != null && email == null) {
          email = p.emailAddress();
        }
      }
    }
    EmailAddressReferences refs = gong.privacy().forEmailAddress(email);
    assertThat(refs.calls()).isNotEmpty();
    assertThat(refs.customerData()).isNotEmpty();
    for (var f : refs.customerData().get(0).objects().get(0).fields()) {
      if (f.name().equals("Phone")) {
        phone = (String) f.value();
      }
    }
    PhoneNumberReferences byPhone = gong.privacy().forPhoneNumber(phone);
    assertThat(byPhone.emailAddresses()).contains(email);
    assertThatThrownBy(() -> gong.privacy().forPhoneNumber("555 0100"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("phoneNumber");
  }
}
