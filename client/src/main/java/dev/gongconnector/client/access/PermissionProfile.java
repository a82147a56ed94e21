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

  public PermissionProfile {
    java.util.Objects.requireNonNull(id, "id");
  }
}
