package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * Library access of a permission profile.
 *
 * @param permissionLevel none, all or specific-folders
 * @param libraryFolderIds folders when specific
 * @param managePublicFolder manage the public folder
 * @param manageStreams manage streams
 * @param manageFolderCalls manage folder calls
 * @param shareFoldersAndStreams share folders and streams
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LibraryFolderAccess(
    String permissionLevel,
    List<String> libraryFolderIds,
    Boolean managePublicFolder,
    Boolean manageStreams,
    Boolean manageFolderCalls,
    Boolean shareFoldersAndStreams) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param permissionLevel none, all or specific-folders
   * @param libraryFolderIds folders when specific
   * @param managePublicFolder manage the public folder
   * @param manageStreams manage streams
   * @param manageFolderCalls manage folder calls
   * @param shareFoldersAndStreams share folders and streams
   */
  public LibraryFolderAccess {
    libraryFolderIds = Lists.copy(libraryFolderIds);
  }
}
