package dev.gongconnector.simulator.access;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a {@code PermissionProfileDTO}: every access block and flag of Gong's schema. */
final class ProfileJson {

  private ProfileJson() {}

  static void write(JsonGenerator g, PermissionProfiles.Profile p) throws IOException {
    boolean admin = p.admin();
    boolean manager = p.level().equals("managers-team");
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("name", p.name());
    g.writeStringField("description", p.description());
    level(g, "callsAccess", p.level());
    g.writeObjectFieldStart("libraryFolderAccess");
    g.writeStringField("permissionLevel", admin ? "all" : "none");
    g.writeArrayFieldStart("libraryFolderIds");
    g.writeEndArray();
    g.writeBooleanField("managePublicFolder", admin);
    g.writeBooleanField("manageStreams", admin || manager);
    g.writeBooleanField("manageFolderCalls", admin || manager);
    g.writeBooleanField("shareFoldersAndStreams", true);
    g.writeEndObject();
    level(g, "dealsAccess", p.level());
    g.writeObjectFieldStart("forecastPermissions");
    level(g, "forecastAccess", p.level());
    level(g, "forecastEditSubmissions", admin || manager ? p.level() : "own");
    level(g, "forecastEditTargets", admin ? "all" : "none");
    g.writeEndObject();
    level(g, "coachingAccess", p.level());
    level(g, "insightsAccess", p.level());
    level(g, "usageAccess", admin ? "all" : manager ? "managers-team" : "none");
    level(g, "emailsAccess", p.level());
    String[] everyone = {
      "callsAndSearch", "library", "deals", "account", "activity", "privateCalls", "listenInCalls"
    };
    for (String f : everyone) {
      g.writeBooleanField(f, true);
    }
    String[] managers = {
      "scoreCalls",
      "coaching",
      "teamStats",
      "initiatives",
      "forecast",
      "usage",
      "market",
      "createEditAndDeleteDealsBoards",
      "shareCallsWithCustomers",
      "dealsInlineEditing",
      "manuallyScheduleAndUploadCalls",
      "trimCalls",
      "engageSnoozeFlowToDosForOthers",
      "exportCallsAndCoachingDataToCSV",
      "viewRevenueAnalytics"
    };
    for (String f : managers) {
      g.writeBooleanField(f, admin || manager);
    }
    String[] admins = {
      "downloadCallMedia",
      "deleteCalls",
      "deleteEmails",
      "forecastManage",
      "engageManageCompanyTemplates",
      "engageManageCompanySequences",
      "manageGeneralBusinessSettings",
      "manageScorecards",
      "crmDataInlineEditing",
      "crmDataImport",
      "manageRevenueAnalytics"
    };
    for (String f : admins) {
      g.writeBooleanField(f, admin);
    }
    g.writeEndObject();
  }

  private static void level(JsonGenerator g, String name, String level) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("permissionLevel", level);
    g.writeArrayFieldStart("teamLeadIds");
    g.writeEndArray();
    g.writeEndObject();
  }
}
