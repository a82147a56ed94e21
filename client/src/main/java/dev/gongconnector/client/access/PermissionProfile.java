package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A permission profile ({@code PermissionProfileDTO}): access levels and one flag per ability.
 *
 * @param id profile id
 * @param name name
 * @param description description
 * @param callsAccess calls
 * @param libraryFolderAccess library
 * @param dealsAccess deals
 * @param forecastPermissions forecast
 * @param coachingAccess coaching
 * @param insightsAccess insights
 * @param usageAccess usage
 * @param emailsAccess emails
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermissionProfile(
    String id,
    String name,
    String description,
    AccessLevel callsAccess,
    LibraryFolderAccess libraryFolderAccess,
    AccessLevel dealsAccess,
    ForecastPermissions forecastPermissions,
    AccessLevel coachingAccess,
    AccessLevel insightsAccess,
    AccessLevel usageAccess,
    AccessLevel emailsAccess,
    Boolean scoreCalls,
    Boolean downloadCallMedia,
    Boolean shareCallsWithCustomers,
    Boolean manuallyScheduleAndUploadCalls,
    Boolean privateCalls,
    Boolean deleteCalls,
    Boolean trimCalls,
    Boolean listenInCalls,
    Boolean deleteEmails,
    Boolean callsAndSearch,
    Boolean library,
    Boolean deals,
    Boolean createEditAndDeleteDealsBoards,
    Boolean dealsInlineEditing,
    Boolean account,
    Boolean coaching,
    Boolean usage,
    Boolean teamStats,
    Boolean initiatives,
    Boolean market,
    Boolean activity,
    Boolean forecast,
    Boolean forecastManage,
    Boolean engageManageCompanyTemplates,
    Boolean engageManageCompanySequences,
    Boolean engageSnoozeFlowToDosForOthers,
    Boolean manageGeneralBusinessSettings,
    Boolean manageScorecards,
    Boolean exportCallsAndCoachingDataToCSV,
    Boolean crmDataInlineEditing,
    Boolean crmDataImport,
    Boolean viewRevenueAnalytics,
    Boolean manageRevenueAnalytics) {

  /**
   * Checks that {@code id} is present.
   *
   * @param id profile id
   * @param name name
   * @param description description
   * @param callsAccess calls
   * @param libraryFolderAccess library
   * @param dealsAccess deals
   * @param forecastPermissions forecast
   * @param coachingAccess coaching
   * @param insightsAccess insights
   * @param usageAccess usage
   * @param emailsAccess emails
   * @param scoreCalls whether score calls
   * @param downloadCallMedia whether download call media
   * @param shareCallsWithCustomers whether share calls with customers
   * @param manuallyScheduleAndUploadCalls whether manually schedule and upload calls
   * @param privateCalls whether private calls
   * @param deleteCalls whether delete calls
   * @param trimCalls whether trim calls
   * @param listenInCalls whether listen in calls
   * @param deleteEmails whether delete emails
   * @param callsAndSearch whether calls and search
   * @param library whether library
   * @param deals whether deals
   * @param createEditAndDeleteDealsBoards whether create edit and delete deals boards
   * @param dealsInlineEditing whether deals inline editing
   * @param account whether account
   * @param coaching whether coaching
   * @param usage whether usage
   * @param teamStats whether team stats
   * @param initiatives whether initiatives
   * @param market whether market
   * @param activity whether activity
   * @param forecast whether forecast
   * @param forecastManage whether forecast manage
   * @param engageManageCompanyTemplates whether engage manage company templates
   * @param engageManageCompanySequences whether engage manage company sequences
   * @param engageSnoozeFlowToDosForOthers whether engage snooze flow to dos for others
   * @param manageGeneralBusinessSettings whether manage general business settings
   * @param manageScorecards whether manage scorecards
   * @param exportCallsAndCoachingDataToCSV whether export calls and coaching data to csv
   * @param crmDataInlineEditing whether CRM data inline editing
   * @param crmDataImport whether CRM data import
   * @param viewRevenueAnalytics whether view revenue analytics
   * @param manageRevenueAnalytics whether manage revenue analytics
   */
  public PermissionProfile {
    java.util.Objects.requireNonNull(id, "id");
  }
}
